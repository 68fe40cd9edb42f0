using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// One compilation seen through its tree summaries: which trees declare each name, which namespaces
/// exist, and the <see cref="GlobalKey"/>. Built in one pass over the (already summarised) trees and
/// dropped when the compilation's generator run ends: it holds the trees only for that run.
/// </summary>
internal sealed class CompilationIndex
{
    private static readonly long[] NoTrees = [];
    private static readonly string[] NoNamespaces = [];

    private readonly Dictionary<string, long[]> _declaredIn;
    private readonly Dictionary<string, string[]> _namespacesByLastSegment;

    private CompilationIndex(
        IReadOnlyList<(SyntaxTree Tree, TreeSummary Summary)> trees,
        Dictionary<string, long[]> declaredIn,
        Dictionary<string, string[]> namespacesByLastSegment,
        GlobalKey global)
    {
        Trees = trees;
        Summaries = trees.ToDictionary(t => t.Summary.Id, t => t.Summary);
        _declaredIn = declaredIn;
        _namespacesByLastSegment = namespacesByLastSegment;
        Global = global;
    }

    /// <summary>The compilation's trees in order, with their summaries.</summary>
    public IReadOnlyList<(SyntaxTree Tree, TreeSummary Summary)> Trees { get; }

    /// <summary>The summaries by tree id.</summary>
    public IReadOnlyDictionary<long, TreeSummary> Summaries { get; }

    /// <summary>The compilation-wide part of every reuse key.</summary>
    public GlobalKey Global { get; }

    /// <summary>The sorted ids of the trees that declare <paramref name="name"/> (empty when only metadata can).</summary>
    public long[] TreesDeclaring(string name) => _declaredIn.TryGetValue(name, out var ids) ? ids : NoTrees;

    /// <summary>The sorted full names of the source namespaces whose last segment is <paramref name="name"/>.</summary>
    public string[] NamespacesNamed(string name) => _namespacesByLastSegment.TryGetValue(name, out var names) ? names : NoNamespaces;

    /// <summary>Indexes <paramref name="compilation"/>; summarises only trees never seen before.</summary>
    public static CompilationIndex Build(Compilation compilation, CancellationToken cancellationToken)
    {
        var trees = new List<(SyntaxTree, TreeSummary)>();
        var declaredIn = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var globalTrees = new List<long>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var summary = TreeSummary.Of(tree, cancellationToken);
            trees.Add((tree, summary));
            if (summary.HasGlobalEffects) globalTrees.Add(summary.Id);
            namespaces.UnionWith(summary.Namespaces);
            foreach (var name in summary.Declarations.Keys)
            {
                if (!declaredIn.TryGetValue(name, out var ids)) declaredIn.Add(name, ids = []);
                ids.Add(summary.Id);
            }
        }

        var global = new GlobalKey(
            compilation.AssemblyName,
            ObjectIds.Of(compilation.Options),
            [.. compilation.References.Select(ObjectIds.Of)],
            Sorted(globalTrees));
        var byLastSegment = namespaces
            .GroupBy(n => n.Substring(n.LastIndexOf('.') + 1), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(n => n, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new CompilationIndex(trees, declaredIn.ToDictionary(d => d.Key, d => Sorted(d.Value), StringComparer.Ordinal), byLastSegment, global);
    }

    private static long[] Sorted(List<long> ids)
    {
        var array = ids.ToArray();
        Array.Sort(array);
        return array;
    }
}
