using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Baselines;

namespace Twister.Generators.CodeFixes.Common;

/// <summary>
/// Writes lines into one of a project's baseline files as one edit: comment lines first, then every
/// line once, sorted ordinally. A file that is absent on disk is created UTF-8 without a byte order
/// mark: through the additional document the package's props list for it in design-time builds
/// (editors and <c>dotnet format</c> only save into documents a project already has), or, where the
/// workspace allows it, as a new additional document at the project root.
/// </summary>
internal static class BaselineFileEditor
{
    public static async Task<Solution> AddLinesAsync(Project project, string fileName, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var document = project.AdditionalDocuments.FirstOrDefault(d => BaselineFiles.Is(d.FilePath ?? d.Name, fileName));
        var existing = document is null ? null : await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        // An empty or absent file is written UTF-8 without a byte order mark; an existing one keeps its encoding.
        var encoding = existing is { Length: > 0 } ? existing.Encoding : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var text = SourceText.From(Merge(existing?.ToString() ?? "", lines), encoding);

        if (document is not null) return project.Solution.WithAdditionalDocumentText(document.Id, text);

        var folder = Path.GetDirectoryName(project.FilePath) ?? "";
        var id = DocumentId.CreateNewId(project.Id);
        return project.Solution.AddAdditionalDocument(id, fileName, text, filePath: Path.Combine(folder, fileName));
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
