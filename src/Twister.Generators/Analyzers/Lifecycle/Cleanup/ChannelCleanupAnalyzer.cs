using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Cleanup;

/// <summary>
/// TWIST4002: what <c>OnChannelEnabledAsync</c> sets up outlives the channel unless
/// <c>OnChannelDisabledAsync</c> undoes it: every store key it writes is cleared (matched by
/// <see cref="KeyPattern"/>; a key cleared in the enabling hook itself is temporary), every webhook URL
/// and callback token it creates is deleted, and every webhook or subscription it registers with the
/// external service is removed by a matching call. Both hooks are read with the methods they call
/// (<see cref="ChannelWorkReader"/>). A key whose text is unknown is not checked; a clear of an
/// unknown key counts as clearing any.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ChannelCleanupAnalyzer : DiagnosticAnalyzer
{
    /// <summary>For a store key the fix can clear: the key expression as written in <c>OnChannelEnabledAsync</c>.</summary>
    public const string KeyProperty = "Key";

    /// <summary>The name of <c>OnChannelEnabledAsync</c>'s channel parameter, which the key expression may use.</summary>
    public const string ChannelProperty = "Channel";

    /// <summary>Where <c>OnChannelDisabledAsync</c> is: <c>missing</c>, <c>here</c> (the diagnostic's file) or <c>elsewhere</c>.</summary>
    public const string DisabledProperty = "Disabled";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ChannelSetupNotUndone);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, KnownNames.ConnectorBase, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        if (LifecycleHooks.OverrideOf(connector, LifecycleHooks.ChannelEnabled) is not { } enabled) return;
        var disabled = LifecycleHooks.OverrideOf(connector, LifecycleHooks.ChannelDisabled);

        var (setUp, undoneInSetup, _) = ChannelWorkReader.Read(enabled, methods, context.CancellationToken);
        var (_, tornDown, clearsAll) = disabled is null
            ? (new List<ChannelWork>(), new List<ChannelWork>(), false)
            : ChannelWorkReader.Read(disabled, methods, context.CancellationToken);

        foreach (var work in setUp)
        {
            if (work.Kind == WorkKind.StoreKey && (work.Pattern is null || clearsAll || Clears(undoneInSetup, work.Pattern))) continue;
            if (IsUndone(work, tornDown)) continue;
            var missing = disabled is null
                ? "the connector does not override OnChannelDisabledAsync"
                : "OnChannelDisabledAsync never " + Undo(work.Kind);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ChannelSetupNotUndone, work.Call.GetLocation(),
                FixProperties(work, enabled, disabled, context.CancellationToken), What(work), missing));
        }
    }

    private static bool IsUndone(ChannelWork work, List<ChannelWork> tornDown)
        => work.Kind == WorkKind.StoreKey ? Clears(tornDown, work.Pattern!) : tornDown.Any(t => t.Kind == work.Kind);

    private static bool Clears(List<ChannelWork> clears, string pattern)
        => clears.Any(c => c.Kind == WorkKind.StoreKey && (c.Pattern is null || c.Pattern == pattern));

    private static string What(ChannelWork work) => work.Kind switch
    {
        WorkKind.StoreKey => $"Store key \"{KeyPattern.Display(work.Pattern!)}\"",
        WorkKind.WebhookUrl => "The webhook URL created here",
        WorkKind.CallbackToken => "The callback token created here",
        _ => $"The registration '{CallSyntax.CalledName(work.Call)}'",
    };

    private static string Undo(WorkKind kind) => kind switch
    {
        WorkKind.StoreKey => "clears it (Store.ClearAsync)",
        WorkKind.WebhookUrl => "deletes it (Tools.Network.DeleteWebhookAsync)",
        WorkKind.CallbackToken => "deletes it (Tools.Callbacks.DeleteAsync)",
        _ => "removes it (a matching Delete/Remove/Unregister/Unsubscribe call)",
    };

    /// <summary>
    /// What the fix needs to clear a key: only for a key written directly in <c>OnChannelEnabledAsync</c>
    /// from its channel parameter, constants, static members and the connector's own members, which mean the
    /// same in <c>OnChannelDisabledAsync</c>.
    /// </summary>
    private static ImmutableDictionary<string, string?>? FixProperties(ChannelWork work, IMethodSymbol enabled, IMethodSymbol? disabled, CancellationToken cancellationToken)
    {
        if (work.Kind != WorkKind.StoreKey || !SymbolEqualityComparer.Default.Equals(work.Method.OriginalDefinition, enabled.OriginalDefinition)) return null;
        if (enabled.Parameters.FirstOrDefault(p => Symbols.IsType(p.Type, "Twister.Channel")) is not { } channel) return null;
        if (work.Call.ArgumentList.Arguments.FirstOrDefault() is not { } keyArgument) return null;
        foreach (var name in keyArgument.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            // Locals and other parameters of the enabling hook do not exist in the disabling one.
            if (name.Identifier.ValueText != channel.Name && IsLocalOrLambdaName(name, keyArgument)) return null;
        }
        var disabledWhere = disabled is null ? "missing"
            : disabled.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == work.Call.SyntaxTree) ? "here" : "elsewhere";
        cancellationToken.ThrowIfCancellationRequested();
        return ImmutableDictionary<string, string?>.Empty
            .Add(KeyProperty, keyArgument.Expression.ToString())
            .Add(ChannelProperty, channel.Name)
            .Add(DisabledProperty, disabledWhere);
    }

    /// <summary>Whether <paramref name="name"/> names a local of the method around it (declared before, in the same body).</summary>
    private static bool IsLocalOrLambdaName(IdentifierNameSyntax name, SyntaxNode key)
    {
        var body = key.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (body is null) return true;
        foreach (var declared in body.DescendantNodes())
        {
            var identifier = declared switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
                SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
                ParameterSyntax parameter => parameter.Identifier.ValueText,
                ForEachStatementSyntax loop => loop.Identifier.ValueText,
                _ => null,
            };
            if (identifier == name.Identifier.ValueText) return true;
        }
        return false;
    }
}
