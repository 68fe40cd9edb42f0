using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Twister.Generators.Analyzers;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>
/// TWIST1007 and TWIST1011: gives a parameter added to a shipped callback (or to a shipped state
/// record's constructor) a default value, which in-flight tokens and stored values that lack it
/// receive: <c>= default</c> for a value type, <c>= null</c> (making the type nullable) for a
/// reference type. Parameters after it get one too (C# requires it, CS1737).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDefaultValueCodeFix)), Shared]
public sealed class AddDefaultValueCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.AddedParameterWithoutDefault, DiagnosticIds.StateMemberAddedWithoutDefault);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Give the new parameter a default value";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is not { Parent: ParameterListSyntax list } parameter
            || parameter.Type is null)
            return false;

        // Which parameters are of a reference type, by name: the callback below sees new nodes.
        var isReference = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        foreach (var p in list.Parameters)
        {
            if (editor.SemanticModel.GetDeclaredSymbol(p, cancellationToken) is { } symbol) isReference[p.Identifier.ValueText] = !symbol.Type.IsValueType;
        }
        var from = list.Parameters.IndexOf(parameter);
        editor.ReplaceNode(list, (current, _) =>
        {
            var updated = (ParameterListSyntax)current;
            return updated.ReplaceNodes(
                updated.Parameters.Skip(from).Where(p => p.Default is null && p.Type is not null),
                (original, _) => WithDefault(original, isReference.TryGetValue(original.Identifier.ValueText, out var reference) && reference));
        });
        return true;
    }

    /// <summary><c>= default</c> for a value type; <c>= null</c> for a reference type, made nullable.</summary>
    private static ParameterSyntax WithDefault(ParameterSyntax parameter, bool isReference)
    {
        var type = parameter.Type!;
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
