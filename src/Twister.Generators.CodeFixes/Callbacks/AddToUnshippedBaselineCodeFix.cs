using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Callbacks;

namespace Twister.Generators.CodeFixes.Callbacks;

/// <summary>TWIST1003: records the callback's line in <c>Callbacks.Unshipped.txt</c>; Fix All makes one edit per project.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToUnshippedBaselineCodeFix)), Shared]
public sealed class AddToUnshippedBaselineCodeFix : CodeFixProvider
{
    internal const string Title = "Record the callback in Callbacks.Unshipped.txt";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CallbackNotInBaseline);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new UnshippedBaselineFixAllProvider();

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (LineOf(diagnostic) is not { } line) continue;
            var project = context.Document.Project;
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => UnshippedBaselineEditor.AddLinesAsync(project, new[] { line }, ct), nameof(AddToUnshippedBaselineCodeFix)),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    internal static string? LineOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(CallbackVersioningAnalyzer.LineProperty, out var line) ? line : null;

    /// <summary>Collects every TWIST1003 in scope and writes all their lines with one edit per project.</summary>
    private sealed class UnshippedBaselineFixAllProvider : FixAllProvider
    {
        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution
                ? fixAllContext.Solution.Projects
                : new[] { fixAllContext.Project };

            var linesByProject = new Dictionary<ProjectId, List<string>>();
            foreach (var project in projects)
            {
                var diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document
                    ? await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var lines = diagnostics.Select(LineOf).Where(l => l is not null).Select(l => l!).ToList();
                if (lines.Count > 0) linesByProject[project.Id] = lines;
            }
            if (linesByProject.Count == 0) return null;

            return CodeAction.Create(Title, async ct =>
            {
                var solution = fixAllContext.Solution;
                foreach (var pair in linesByProject)
                    solution = await UnshippedBaselineEditor.AddLinesAsync(solution.GetProject(pair.Key)!, pair.Value, ct).ConfigureAwait(false);
                return solution;
            }, nameof(AddToUnshippedBaselineCodeFix));
        }
    }
}
