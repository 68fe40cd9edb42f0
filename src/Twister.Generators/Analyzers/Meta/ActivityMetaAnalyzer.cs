using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Meta;

/// <summary>
/// TWIST2003/2004: every activity a connector builds carries <c>meta.syncProvider</c> and
/// <c>meta.channelId</c>, which Plot's bulk operations (archive a disabled channel) rely on.
/// A meta value the analyzer cannot see into (a parameter, a field, a call) is trusted.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActivityMetaAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property naming where the fix must work: <see cref="ActivityTarget"/> or <see cref="MetaTarget"/>.</summary>
    public const string TargetProperty = "Target";

    /// <summary>The activity initializer has no <c>Meta</c>: the fix adds one.</summary>
    public const string ActivityTarget = "Activity";

    /// <summary>The diagnostic sits on a <c>new ActivityMeta { ... }</c>: the fix adds the missing member.</summary>
    public const string MetaTarget = "Meta";

    /// <summary>Property holding the connector's <c>[Connector]</c> name, the value of a missing syncProvider.</summary>
    public const string ProviderProperty = "Provider";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MetaWithoutSyncProvider, Descriptors.MetaWithoutChannelId);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ActivityInitializer.Register(context, Analyze);
    }

    private static void Analyze(NodeContext context)
    {
        if (ActivityInitializer.Read(context) is not { } activity) return;
        var provider = ConnectorScope.ConnectorNameOf(context.ContainingSymbol) ?? "";

        var meta = activity.Find("Meta");
        if (meta is null)
        {
            if (!activity.IsWholeActivity) return; // a `with` keeps the original's meta
            var properties = Properties(ActivityTarget, provider);
            var location = activity.Construction.Syntax.GetFirstToken().GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetaWithoutSyncProvider, location, properties));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetaWithoutChannelId, location, properties));
            return;
        }

        foreach (var origin in ValueOrigins.Of(meta.Value))
        {
            var (hasProvider, hasChannel, target) = Inspect(origin);
            var location = origin.Syntax.GetFirstToken().GetLocation();
            var properties = Properties(target, provider);
            if (!hasProvider) context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetaWithoutSyncProvider, location, properties));
            if (!hasChannel) context.ReportDiagnostic(Diagnostic.Create(Descriptors.MetaWithoutChannelId, location, properties));
        }
    }

    /// <summary>What one origin of a meta value provides.</summary>
    private static (bool HasProvider, bool HasChannel, string Target) Inspect(IOperation origin)
    {
        switch (origin)
        {
            case { ConstantValue: { HasValue: true, Value: null } }:
            case IDefaultValueOperation:
                return (false, false, ActivityTarget);
            case IObjectCreationOperation creation when creation.Type is { } type && CallbackSignature.IsType(type, KnownNames.ActivityMeta):
                bool provider = false, channel = false;
                foreach (var child in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                {
                    if (child is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment || IsNull(assignment.Value)) continue;
                    provider |= property.Property.Name == "SyncProvider";
                    channel |= property.Property.Name == "ChannelId";
                }
                return (provider, channel, MetaTarget);
            case IInvocationOperation { TargetMethod: { Name: "Create", ContainingType: { } owner } } create when CallbackSignature.IsType(owner, KnownNames.ActivityMeta):
                return (!IsNull(ArgumentValue(create, "syncProvider")), !IsNull(ArgumentValue(create, "channelId")), ActivityTarget);
            default:
                return (true, true, ActivityTarget);
        }
    }

    private static IOperation? ArgumentValue(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter) return argument.Value;
        }
        return null;
    }

    private static bool IsNull(IOperation? value)
    {
        while (value is IConversionOperation conversion) value = conversion.Operand;
        return value is null or IDefaultValueOperation || value.ConstantValue is { HasValue: true, Value: null or "" };
    }

    private static ImmutableDictionary<string, string?> Properties(string target, string provider)
        => ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, target).Add(ProviderProperty, provider);
}
