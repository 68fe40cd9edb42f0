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
using Twister.Generators.Analyzers.States;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.States;

/// <summary>TWIST1008: records the stored type's shape in <c>State.Unshipped.txt</c> (creating it when absent); Fix All makes one edit per project.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToStateBaselineCodeFix)), Shared]
public sealed class AddToStateBaselineCodeFix : SolutionCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StateShapeNotInBaseline);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Record the stored type in " + BaselineFiles.StateUnshipped;

    /// <inheritdoc />
    protected override bool CanFix(Diagnostic diagnostic) => LineOf(diagnostic) is not null;

    /// <inheritdoc />
    protected override Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
        => BaselineFileEditor.AddLinesAsync(project, BaselineFiles.StateUnshipped, diagnostics.Select(LineOf).OfType<string>(), cancellationToken);

    private static string? LineOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(StateVersioningAnalyzer.LineProperty, out var line) ? line : null;
}
