using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.WriteBack;

/// <summary>
/// TWIST4003: the runtime dispatches the write-back hooks (<see cref="LifecycleHooks.WriteBack"/>) only
/// to a connector declared with <c>[Connector(HandleReplies = true)]</c>, so hooks without the flag never
/// run, and the flag without hooks sends its users' replies nowhere.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandleRepliesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property saying what the fix does: <see cref="Add"/> or <see cref="Remove"/> the flag.</summary>
    public const string FixProperty = "Fix";

    /// <summary>Set <c>HandleReplies = true</c>.</summary>
    public const string Add = "add";

    /// <summary>Remove <c>HandleReplies = true</c>.</summary>
    public const string Remove = "remove";

    private const string HandleReplies = "HandleReplies";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.WriteBackHooksWithoutHandleReplies, Descriptors.HandleRepliesWithoutHooks);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, KnownNames.ConnectorAttribute, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        if (ConnectorDeclaration.AttributeOf(connector) is not { } attribute) return;

        var hooks = new List<IMethodSymbol>();
        foreach (var name in LifecycleHooks.WriteBack)
        {
            if (LifecycleHooks.OverrideOf(connector, name) is { } hook) hooks.Add(hook);
        }
        var handlesReplies = attribute.NamedArguments.Any(a => a.Key == HandleReplies && a.Value.Value is true);

        if (hooks.Count > 0 && !handlesReplies)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, Add);
            foreach (var hook in hooks)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteBackHooksWithoutHandleReplies, hook.Locations[0], properties, hook.Name));
        }
        else if (hooks.Count == 0 && handlesReplies
                 && attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
        {
            var flag = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == HandleReplies);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, Remove);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HandleRepliesWithoutHooks, (flag ?? (SyntaxNode)arguments).GetLocation(), properties,
                connector.Name, string.Join(", ", LifecycleHooks.WriteBack)));
        }
    }
}
