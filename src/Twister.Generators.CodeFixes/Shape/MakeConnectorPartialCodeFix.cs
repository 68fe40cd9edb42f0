using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers;

namespace Twister.Generators.CodeFixes.Shape;

/// <summary>TWIST0001: adds the <c>partial</c> modifier to a connector class.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeConnectorPartialCodeFix)), Shared]
public sealed class MakeConnectorPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ConnectorMustBePartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent is not ClassDeclarationSyntax declaration) return;

        context.RegisterCodeFix(
            CodeAction.Create("Make the connector partial", _ =>
            {
                var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
                var updated = declaration.WithModifiers(declaration.Modifiers.Add(partial));
                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
            }, nameof(MakeConnectorPartialCodeFix)),
            context.Diagnostics);
    }
}
