using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Lifecycle.WriteBack;
using Twister.Generators.CodeFixes.Common;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Lifecycle;

/// <summary>
/// TWIST4003: sets <c>HandleReplies = true</c> on the connector's <c>[Connector]</c> attribute when it has
/// write-back hooks (the attribute may sit on another part of the class), or removes the flag when it has none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandleRepliesCodeFix)), Shared]
public sealed class HandleRepliesCodeFix : SolutionCodeFix
{
    private const string HandleReplies = "HandleReplies";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HandleRepliesMismatch);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic)
        => FixOf(diagnostic) == HandleRepliesAnalyzer.Add ? "Set HandleReplies = true on [Connector]" : "Remove HandleReplies = true";

    /// <inheritdoc />
    protected override bool CanFix(Diagnostic diagnostic) => FixOf(diagnostic) is HandleRepliesAnalyzer.Add or HandleRepliesAnalyzer.Remove;

    /// <inheritdoc />
    protected override async Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // Each diagnostic names one [Connector] attribute and what to do with it; one edit per attribute.
        var edits = new Dictionary<(DocumentId Document, int Start), bool>();
        foreach (var diagnostic in diagnostics)
        {
            if (project.Solution.GetDocument(diagnostic.Location.SourceTree) is not { } document) continue;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var node = root!.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (FixOf(diagnostic) == HandleRepliesAnalyzer.Remove)
            {
                if (node.FirstAncestorOrSelf<AttributeSyntax>() is { } here) edits[(document.Id, here.SpanStart)] = false;
                continue;
            }
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model!.GetDeclaredSymbol(node, cancellationToken) is not IMethodSymbol hook
                || ConnectorDeclaration.AttributeOf(hook.ContainingType)?.ApplicationSyntaxReference is not { } reference
                || project.Solution.GetDocument(reference.SyntaxTree) is not { } attributeDocument) continue;
            edits[(attributeDocument.Id, reference.Span.Start)] = true;
        }

        var solution = project.Solution;
        foreach (var byDocument in edits.GroupBy(e => e.Key.Document))
        {
            var document = solution.GetDocument(byDocument.Key)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var attributes = byDocument.ToDictionary(e => root.FindToken(e.Key.Start).Parent!.FirstAncestorOrSelf<AttributeSyntax>()!, e => e.Value);
            root = root.ReplaceNodes(attributes.Keys, (original, _) => attributes[original] ? WithFlag(original) : WithoutFlag(original));
            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }
        return solution;
    }

    private static AttributeSyntax WithFlag(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == HandleReplies);
        var flag = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(HandleReplies), null, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression))
            .NormalizeWhitespace();
        return attribute.WithArgumentList(existing is null ? arguments.AddArguments(flag) : arguments.ReplaceNode(existing, flag));
    }

    private static AttributeSyntax WithoutFlag(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList!;
        var flag = arguments.Arguments.First(a => a.NameEquals?.Name.Identifier.ValueText == HandleReplies);
        return attribute.WithArgumentList(arguments.WithArguments(arguments.Arguments.Remove(flag)));
    }

    private static string? FixOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(HandleRepliesAnalyzer.FixProperty, out var fix) ? fix : null;
}
