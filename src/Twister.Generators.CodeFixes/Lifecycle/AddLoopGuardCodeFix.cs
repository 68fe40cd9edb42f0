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

namespace Twister.Generators.CodeFixes.Lifecycle;

/// <summary>
/// TWIST4005: puts <c>if (note.Author.Type == ActorType.Twist) return null;</c> first in the write-back
/// hook (its <c>Note</c> parameter; <c>return;</c>, <c>Task.FromResult</c> or <c>Task.CompletedTask</c> as the
/// hook's return type needs).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLoopGuardCodeFix)), Shared]
public sealed class AddLoopGuardCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WriteBackWithoutLoopGuard);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Return early for notes written by twists";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var hook = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>();
        if (hook is null || editor.SemanticModel.GetDeclaredSymbol(hook, cancellationToken) is not { } method) return false;
        if (method.Parameters.FirstOrDefault(p => Symbols.IsType(p.Type, "Twister.Note")) is not { } note) return false;
        var isAsync = method.IsAsync;
        var returns = method.ReturnType as INamedTypeSymbol;
        var result = returns is { IsGenericType: true } ? returns.TypeArguments[0] : null;
        var exit = (isAsync, result) switch
        {
            (true, null) => "return;",
            (true, { IsValueType: true }) => "return default;",
            (true, _) => "return null;",
            (false, null) => "return Task.CompletedTask;",
            (false, var value) => $"return Task.FromResult<{value.ToMinimalDisplayString(editor.SemanticModel, hook.SpanStart)}>(default);",
        };
        var actorType = TypeNames.At(editor.SemanticModel, hook.SpanStart, "Twister.ActorType");
        var guard = SyntaxFactory.ParseStatement($"if ({note.Name}.Author.Type == {actorType}.Twist) {exit}\n").WithAdditionalAnnotations(Formatter.Annotation);

        editor.ReplaceNode(hook, (current, _) =>
        {
            var updated = (MethodDeclarationSyntax)current;
            if (updated.Body is { } body)
                return updated.WithBody(body.WithStatements(body.Statements.Insert(0, guard)));
            var expression = updated.ExpressionBody!.Expression;
            StatementSyntax rest = isAsync && result is null ? SyntaxFactory.ExpressionStatement(expression) : SyntaxFactory.ReturnStatement(expression);
            var parameters = updated.ParameterList.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
            return updated.WithParameterList(parameters).WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(SyntaxFactory.Block(guard, rest.WithAdditionalAnnotations(Formatter.Annotation)).WithAdditionalAnnotations(Formatter.Annotation));
        });
        return true;
    }
}
