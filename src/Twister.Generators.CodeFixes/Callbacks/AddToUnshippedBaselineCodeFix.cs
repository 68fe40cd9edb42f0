using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.Callbacks;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>TWIST1003: records the callback's line in <c>Callbacks.Unshipped.txt</c>; Fix All makes one edit per project.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToUnshippedBaselineCodeFix)), Shared]
public sealed class AddToUnshippedBaselineCodeFix : SolutionCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CallbackNotInBaseline);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Record the callback in " + BaselineFiles.CallbacksUnshipped;

    /// <inheritdoc />
    protected override bool CanFix(Diagnostic diagnostic) => LineOf(diagnostic) is not null;

    /// <inheritdoc />
    protected override Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => BaselineFileEditor.AddLinesAsync(project, BaselineFiles.CallbacksUnshipped, diagnostics.Select(LineOf).OfType<string>(), cancellationToken);

    private static string? LineOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(CallbackVersioningAnalyzer.LineProperty, out var line) ? line : null;
}
