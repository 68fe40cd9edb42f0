using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>
/// TWIST1007: gives a parameter added to a shipped callback a default value, which in-flight
/// tokens that lack the argument will receive: <c>= default</c> for a value type, <c>= null</c>
/// (making the type nullable) for a reference type.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDefaultValueCodeFix)), Shared]
public sealed class AddDefaultValueCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AddedParameterWithoutDefault);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindToken(context.Span.Start).Parent is not ParameterSyntax parameter || model is null) return;

        if (parameter.Parent is not ParameterListSyntax list) return;

        context.RegisterCodeFix(
            CodeAction.Create("Give the new parameter a default value", _ =>
            {
                // Every parameter after an optional one must be optional too (CS1737), e.g. a trailing CancellationToken.
                var index = list.Parameters.IndexOf(parameter);
                var updated = list.ReplaceNodes(
                    list.Parameters.Skip(index).Where(p => p.Default is null),
                    (original, _) => WithDefault(original, model.GetDeclaredSymbol(original, context.CancellationToken)));
                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(list, updated)));
            }, nameof(AddDefaultValueCodeFix)),
            context.Diagnostics);
    }

    /// <summary><c>= default</c> for a value type; <c>= null</c> for a reference type, made nullable.</summary>
    private static ParameterSyntax WithDefault(ParameterSyntax parameter, IParameterSymbol? symbol)
    {
        if (parameter.Type is not { } type || symbol is null) return parameter;
        var isReference = !symbol.Type.IsValueType;
        var updated = parameter;
        if (isReference && type is not NullableTypeSyntax)
            updated = updated.WithType(SyntaxFactory.NullableType(type.WithoutTrivia()).WithTriviaFrom(type));
        var value = isReference
            ? SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression)
            : SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword));
        return updated
            .WithIdentifier(updated.Identifier.WithTrailingTrivia(SyntaxFactory.Space))
            .WithDefault(SyntaxFactory.EqualsValueClause(value.WithLeadingTrivia(SyntaxFactory.Space)).WithTrailingTrivia(parameter.Identifier.TrailingTrivia));
    }
}
