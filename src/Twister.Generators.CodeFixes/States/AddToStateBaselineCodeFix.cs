using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.States;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.States;

/// <summary>TWIST1008: records the stored type's shape in <c>State.Unshipped.txt</c>; Fix All makes one edit per project.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToStateBaselineCodeFix)), Shared]
public sealed class AddToStateBaselineCodeFix : RecordInBaselineCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StateShapeNotInBaseline);

    /// <inheritdoc />
    protected override string FileName => BaselineFiles.StateUnshipped;

    /// <inheritdoc />
    protected override string LineProperty => StateVersioningAnalyzer.LineProperty;

    /// <inheritdoc />
    protected override string What => "stored type";
}
