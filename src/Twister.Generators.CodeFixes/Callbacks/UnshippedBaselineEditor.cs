using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Baselines;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>
/// Writes lines into a project's <c>Callbacks.Unshipped.txt</c> as one edit: comment lines first,
/// then every line once, sorted ordinally. Creates the file at the project root when it is absent.
/// </summary>
internal static class UnshippedBaselineEditor
{
    public static async Task<Solution> AddLinesAsync(Project project, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var document = project.AdditionalDocuments.FirstOrDefault(d => BaselineFiles.Is(d.FilePath ?? d.Name, BaselineFiles.Unshipped));
        var existing = document is null ? null : await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var encoding = document is null ? new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : existing!.Encoding;
        var text = SourceText.From(Merge(existing?.ToString() ?? "", lines), encoding);

        if (document is not null) return project.Solution.WithAdditionalDocumentText(document.Id, text);

        var folder = Path.GetDirectoryName(project.FilePath) ?? "";
        var id = DocumentId.CreateNewId(project.Id);
        return project.Solution.AddAdditionalDocument(id, BaselineFiles.Unshipped, text, filePath: Path.Combine(folder, BaselineFiles.Unshipped));
    }

    /// <summary>The file content with <paramref name="added"/> merged in.</summary>
    public static string Merge(string content, IEnumerable<string> added)
    {
        var comments = new List<string>();
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith(BaselineFiles.CommentPrefix, StringComparison.Ordinal)) comments.Add(line);
            else entries.Add(line);
        }
        foreach (var line in added) entries.Add(line.Trim());
        return string.Concat(comments.Concat(entries).Select(l => l + "\n"));
    }
}
