using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Reach;
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

    /// <summary>Property holding the connector's <c>[Connector]</c> name, the value of a missing syncProvider (empty when not known).</summary>
    public const string ProviderProperty = HelperFindings.ConnectorNameProperty;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            Descriptors.MetaWithoutSyncProvider, Descriptors.MetaWithoutChannelId,
            Descriptors.AtCompilationEnd(Descriptors.MetaWithoutSyncProvider), Descriptors.AtCompilationEnd(Descriptors.MetaWithoutChannelId));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ActivityInitializer.Register(context, Analyze);
    }

    private static void Analyze(NodeContext context, DataRuleContext rule)
    {
        if (ActivityInitializer.Read(context) is not { } activity) return;
        var member = context.ContainingSymbol;
        var provider = ConnectorScope.ConnectorNameOf(member) ?? "";

        var meta = activity.Find("Meta");
        if (meta is null)
        {
            if (!activity.IsWholeActivity) return; // a `with` keeps the original's meta
            var properties = Properties(ActivityTarget, provider);
            var location = activity.Construction.GetFirstToken().GetLocation();
            rule.Findings.Report(context, member, Descriptors.MetaWithoutSyncProvider, location, properties);
            rule.Findings.Report(context, member, Descriptors.MetaWithoutChannelId, location, properties);
            return;
        }

        // Followed into helpers (`Meta = MetaOf(issue, channelId)`): a missing entry is reported on the meta the helper makes.
        foreach (var (origin, model) in ValueOrigins.Of(meta.Right, context.SemanticModel, context.CancellationToken, rule.Methods))
        {
            var (hasProvider, hasChannel, target) = Inspect(origin, model, context.CancellationToken);
            var location = origin.GetFirstToken().GetLocation();
            var properties = Properties(target, provider);
            if (!hasProvider) rule.Findings.Report(context, member, Descriptors.MetaWithoutSyncProvider, location, properties);
            if (!hasChannel) rule.Findings.Report(context, member, Descriptors.MetaWithoutChannelId, location, properties);
        }
    }

    /// <summary>What one origin of a meta value provides: only <c>null</c>/<c>default</c>, <c>new ActivityMeta { ... }</c> and <c>ActivityMeta.Create(...)</c> are looked into.</summary>
    private static (bool HasProvider, bool HasChannel, string Target) Inspect(ExpressionSyntax origin, SemanticModel model, CancellationToken cancellationToken)
    {
        if (ValueSyntax.IsNullOrDefault(origin, model, cancellationToken)) return (false, false, ActivityTarget);
        switch (origin)
        {
            case BaseObjectCreationExpressionSyntax creation
                when model.GetTypeInfo(creation, cancellationToken).Type is { } type && Symbols.IsType(type, KnownNames.ActivityMeta):
                bool provider = false, channel = false;
                foreach (var assignment in ValueSyntax.PropertyAssignments(creation.Initializer, model, cancellationToken))
                {
                    if (IsMissing(assignment.Right, model, cancellationToken)) continue;
                    var name = ((IdentifierNameSyntax)assignment.Left).Identifier.ValueText;
                    provider |= name == "SyncProvider";
                    channel |= name == "ChannelId";
                }
                return (provider, channel, MetaTarget);
            case InvocationExpressionSyntax invocation
                when model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "Create", ContainingType: { } owner } create
                     && Symbols.IsType(owner, KnownNames.ActivityMeta):
                return (!IsMissingArgument(invocation, create, "syncProvider", model, cancellationToken),
                        !IsMissingArgument(invocation, create, "channelId", model, cancellationToken),
                        ActivityTarget);
            default:
                return (true, true, ActivityTarget);
        }
    }

    /// <summary>Whether the argument for <paramref name="parameter"/> is missing, null or empty (a left-out argument takes the parameter's default).</summary>
    private static bool IsMissingArgument(InvocationExpressionSyntax invocation, IMethodSymbol method, string parameter, SemanticModel model, CancellationToken cancellationToken)
    {
        if (ValueSyntax.ArgumentFor(invocation.ArgumentList, method, parameter) is { } argument) return IsMissing(argument, model, cancellationToken);
        foreach (var declared in method.Parameters)
        {
            if (declared.Name == parameter) return !declared.HasExplicitDefaultValue || declared.ExplicitDefaultValue is null or "";
        }
        return true;
    }

    private static bool IsMissing(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
        => ValueSyntax.IsNullOrDefault(value, model, cancellationToken)
           || model.GetConstantValue(ValueSyntax.Unwrap(value), cancellationToken) is { HasValue: true, Value: "" };

    private static ImmutableDictionary<string, string?> Properties(string target, string provider)
        => ImmutableDictionary<string, string?>.Empty.Add(TargetProperty, target).Add(ProviderProperty, provider);
}
