using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Twister.Generators.Analyzers;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Lifecycle;

/// <summary>TWIST4004: removes the statement that saves the item into Plot; the runtime saves the link <c>OnCreateLinkAsync</c> returns.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemovePlotSaveCodeFix)), Shared]
public sealed class RemovePlotSaveCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CreateLinkSavesItself);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Remove the save: return the new link instead";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call) return false;
        // Only a statement that does nothing but the save: `await Tools.Plot.CreateActivityAsync(...);`, with or without ConfigureAwait.
        SyntaxNode expression = call;
        while (expression.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax
               || (expression.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } && expression.Parent.Parent is InvocationExpressionSyntax))
            expression = expression.Parent is MemberAccessExpressionSyntax ? expression.Parent.Parent! : expression.Parent;
        if (expression.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax } statement) return false;
        editor.RemoveNode(statement);
        return true;
    }
}
