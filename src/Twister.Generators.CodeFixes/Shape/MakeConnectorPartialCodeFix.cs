using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Twister.Generators.Analyzers;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Shape;

/// <summary>TWIST0001: adds the <c>partial</c> modifier to a connector class.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeConnectorPartialCodeFix)), Shared]
public sealed class MakeConnectorPartialCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ConnectorMustBePartial);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Make the connector partial";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not ClassDeclarationSyntax declaration) return false;
        editor.ReplaceNode(declaration, (current, _) =>
        {
            var type = (ClassDeclarationSyntax)current;
            if (type.Modifiers.Any(SyntaxKind.PartialKeyword)) return type;
            return type.WithModifiers(type.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
        });
        return true;
    }
}
