using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Twister.Generators.CodeFixes.Common;

/// <summary>
/// A fix that edits something other than its diagnostic's document: a baseline file, or a
/// connector's attribute declared in another part of the class. One routine fixes every diagnostic
/// of a project in one change, so Fix All makes one edit per file and never depends on
/// equivalence keys (see <see cref="DocumentCodeFix"/>).
/// </summary>
public abstract class SolutionCodeFix : CodeFixProvider
{
    /// <summary>The title of the fix offered for <paramref name="diagnostic"/>.</summary>
    protected abstract string TitleOf(Diagnostic diagnostic);

    /// <summary>Whether <paramref name="diagnostic"/> carries what its fix needs.</summary>
    protected abstract bool CanFix(Diagnostic diagnostic);

    /// <summary>Fixes <paramref name="diagnostics"/>, all reported in <paramref name="project"/>, in one change.</summary>
    protected abstract Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken);

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => new AllInProject(this);

    /// <inheritdoc />
    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!CanFix(diagnostic)) continue;
            context.RegisterCodeFix(
                CodeAction.Create(TitleOf(diagnostic), ct => FixAsync(project, new[] { diagnostic }, ct), GetType().Name),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private sealed class AllInProject(SolutionCodeFix fix) : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
            var byProject = new List<(ProjectId Project, IReadOnlyList<Diagnostic> Diagnostics)>();
            Diagnostic? first = null;
            foreach (var project in projects)
            {
                var diagnostics = context.Scope == FixAllScope.Document && context.Document is { } document
                    ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var fixable = diagnostics.Where(fix.CanFix).ToList();
                if (fixable.Count == 0) continue;
                first ??= fixable[0];
                byProject.Add((project.Id, fixable));
            }
            if (first is null) return null;

            return CodeAction.Create(fix.TitleOf(first), async ct =>
            {
                var solution = context.Solution;
                foreach (var (projectId, diagnostics) in byProject)
                    solution = await fix.FixAsync(solution.GetProject(projectId)!, diagnostics, ct).ConfigureAwait(false);
                return solution;
            }, fix.GetType().Name);
        }
    }
}
