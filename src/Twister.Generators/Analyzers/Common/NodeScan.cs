using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Runs a rule on the nodes of chosen kinds of each file from one semantic model action per file,
/// instead of a syntax node action. Measured on a 1,000-file project, the analyzer driver's
/// floor for any syntax node action is about 8 MB of allocations above a semantic model action
/// (docs/performance.md, "Analyzers"); walking a file's syntax here costs far less. The rule sees
/// the same node, semantic model and containing member as it would from a syntax node action; the
/// nodes come from the walk every analyzer of the package shares (<see cref="FileNodes"/>).
/// </summary>
internal static class NodeScan
{
    /// <summary>Calls <paramref name="analyze"/> on every node of one of <paramref name="kinds"/> in the file of <paramref name="context"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> holds a kind <see cref="FileNodes"/> does not collect.</exception>
    public static void Scan(SemanticModelAnalysisContext context, ImmutableArray<SyntaxKind> kinds, Action<NodeContext> analyze)
    {
        if (!FileNodes.Cover(kinds)) throw new ArgumentException("FileNodes.Kinds must list every kind a rule scans", nameof(kinds));
        var members = new DeclaringMembers(context.SemanticModel, context.CancellationToken);
        foreach (var node in FileNodes.Of(context.SemanticModel.SyntaxTree, context.CancellationToken))
        {
            if (kinds.Contains(node.Kind())) analyze(new NodeContext(context, node, members));
        }
    }
}
