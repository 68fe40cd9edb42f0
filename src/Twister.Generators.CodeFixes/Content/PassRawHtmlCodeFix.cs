using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Twister.Generators.Analyzers;
using Twister.Generators.CodeFixes.Common;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Content;

/// <summary>
/// TWIST3001: where a note's <c>Content</c> is set from a stripping call, passes the call's input
/// (the raw HTML) instead and sets <c>ContentType = ContentType.Html</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassRawHtmlCodeFix)), Shared]
public sealed class PassRawHtmlCodeFix : CodeFixProvider
{
    private const string Title = "Pass the raw HTML with ContentType.Html";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HtmlStrippedLocally);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        if (root.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } call) return;
        if (call.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { Left: IdentifierNameSyntax { Identifier.ValueText: "Content" }, Parent: InitializerExpressionSyntax initializer }) return;
        if (initializer.Parent is not BaseObjectCreationExpressionSyntax creation
            || model.GetTypeInfo(creation, context.CancellationToken).Type is not { } noteType
            || !Symbols.IsType(noteType, KnownNames.NewNote)) return;

        context.RegisterCodeFix(CodeAction.Create(Title, _ =>
        {
            var raw = call.ArgumentList.Arguments[0].Expression.WithTriviaFrom(call);
            var updatedInitializer = initializer.ReplaceNode(call, raw);
            var html = SyntaxFactory.ParseExpression(TypeNames.At(model, call.SpanStart, "Twister.ContentType") + ".Html");
            var existing = updatedInitializer.Expressions.OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "ContentType" });
            updatedInitializer = existing is not null
                ? updatedInitializer.ReplaceNode(existing.Right, html.WithTriviaFrom(existing.Right))
                : updatedInitializer.WithExpressions(updatedInitializer.Expressions.Add(
                    SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("ContentType"), html)))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(initializer, updatedInitializer)));
        }, Title), context.Diagnostics);
    }
}
