using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace Twister.Generators.CodeFixes.Common;

/// <summary>
/// A fix that edits only the document of its diagnostic. One routine fixes any set of diagnostics
/// of a document in one edit, so the single fix and Fix All agree, and several diagnostics on one
/// node (TWIST2003 and TWIST2004 on one meta) compose instead of conflicting. Fix All ignores
/// equivalence keys: <c>dotnet format</c> takes the key of whichever diagnostic it meets first, and a
/// key-filtered Fix All then skipped the others ("didn't return a Fix All action").
/// </summary>
public abstract class DocumentCodeFix : CodeFixProvider
{
    /// <summary>The title of the fix offered for <paramref name="diagnostic"/>.</summary>
    protected abstract string TitleOf(Diagnostic diagnostic);

    /// <summary>
    /// Records in <paramref name="editor"/> the change that fixes <paramref name="diagnostic"/>, or
    /// returns <see langword="false"/> when it has no mechanical fix. Find nodes in the original
    /// root (<c>editor.OriginalRoot</c>) and change them with <c>editor.ReplaceNode(node, (current, _) => ...)</c>,
    /// so that changes made for other diagnostics of the same node compose.
    /// </summary>
    protected abstract bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var probe = await DocumentEditor.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (!TryFix(probe, diagnostic, context.CancellationToken)) continue;
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(TitleOf(diagnostic), ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), GetType().Name),
                diagnostic);
        }
    }

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var changed = false;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
            changed |= TryFix(editor, diagnostic, cancellationToken);
        return changed ? editor.GetChangedDocument() : document;
    }
}
