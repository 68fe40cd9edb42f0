using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
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
public sealed class PassRawHtmlCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HtmlStrippedLocally);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Pass the raw HTML with ContentType.Html";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var model = editor.SemanticModel;
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } call) return false;
        if (call.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { Left: IdentifierNameSyntax { Identifier.ValueText: "Content" }, Parent: InitializerExpressionSyntax initializer }) return false;
        if (initializer.Parent is not BaseObjectCreationExpressionSyntax creation
            || model.GetTypeInfo(creation, cancellationToken).Type is not { } noteType
            || !Symbols.IsType(noteType, KnownNames.NewNote)) return false;

        var raw = call.ArgumentList.Arguments[0].Expression.WithTriviaFrom(call);
        var html = SyntaxFactory.ParseExpression(TypeNames.At(model, call.SpanStart, "Twister.ContentType") + ".Html");
        editor.ReplaceNode(call, raw);
        editor.ReplaceNode(initializer, (current, _) =>
        {
            var updated = (InitializerExpressionSyntax)current;
            var existing = updated.Expressions.OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "ContentType" });
            return existing is not null
                ? updated.ReplaceNode(existing.Right, html.WithTriviaFrom(existing.Right))
                : updated.WithExpressions(updated.Expressions.Add(
                    SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("ContentType"), html)))
                    .WithAdditionalAnnotations(Formatter.Annotation);
        });
        return true;
    }
}
