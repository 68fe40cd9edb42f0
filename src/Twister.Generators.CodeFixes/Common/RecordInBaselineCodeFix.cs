using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.CodeFixes.Common;

/// <summary>
/// Records what a diagnostic names (its baseline line, in a property) in an Unshipped baseline file,
/// creating the file when it is absent; Fix All writes every line of a project in one edit.
/// </summary>
public abstract class RecordInBaselineCodeFix : SolutionCodeFix
{
    /// <summary>The baseline file the lines go to.</summary>
    protected abstract string FileName { get; }

    /// <summary>The diagnostic property holding the line.</summary>
    protected abstract string LineProperty { get; }

    /// <summary>What is recorded, for the title: "callback", "stored type".</summary>
    protected abstract string What { get; }

    /// <inheritdoc />
    protected sealed override string TitleOf(Diagnostic diagnostic) => $"Record the {What} in {FileName}";

    /// <inheritdoc />
    protected sealed override bool CanFix(Diagnostic diagnostic) => LineOf(diagnostic) is not null;

    /// <inheritdoc />
    protected sealed override Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => BaselineFileEditor.AddLinesAsync(project, FileName, diagnostics.Select(LineOf).OfType<string>(), cancellationToken);

    private string? LineOf(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(LineProperty, out var line) ? line : null;
}
