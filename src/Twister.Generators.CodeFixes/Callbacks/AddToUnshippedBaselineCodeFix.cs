using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.Callbacks;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>TWIST1003: records the callback's line in <c>Callbacks.Unshipped.txt</c>; Fix All makes one edit per project.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToUnshippedBaselineCodeFix)), Shared]
public sealed class AddToUnshippedBaselineCodeFix : RecordInBaselineCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CallbackNotInBaseline);

    /// <inheritdoc />
    protected override string FileName => BaselineFiles.CallbacksUnshipped;

    /// <inheritdoc />
    protected override string LineProperty => CallbackVersioningAnalyzer.LineProperty;

    /// <inheritdoc />
    protected override string What => "callback";
}
