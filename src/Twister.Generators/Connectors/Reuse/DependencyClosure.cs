using System;
using System.Collections.Generic;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// The names a class's generated model can depend on, found from syntax: the class's own name (so every
/// tree holding one of its partial parts), then, transitively, every name referenced by a source
/// declaration of a name already found, plus the using directives of each tree such a declaration is in.
/// Names that no source declares stay in the set (a new declaration of one must invalidate) but do not
/// grow it: their meaning comes from metadata, which the <see cref="GlobalKey"/> covers.
/// </summary>
internal static class DependencyClosure
{
    /// <summary>The dependency names of the class called <paramref name="className"/> in <paramref name="index"/>.</summary>
    public static IReadOnlyCollection<string> Of(string className, CompilationIndex index)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { className };
        var pending = new Stack<string>();
        pending.Push(className);
        var visitedTrees = new HashSet<long>();
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            foreach (var treeId in index.TreesDeclaring(name))
            {
                var summary = index.Summaries[treeId];
                if (visitedTrees.Add(treeId)) AddAll(summary.FileReferences, names, pending);
                AddAll(summary.Declarations[name], names, pending);
            }
        }
        return names;
    }

    private static void AddAll(string[] found, HashSet<string> names, Stack<string> pending)
    {
        foreach (var name in found)
        {
            if (names.Add(name)) pending.Push(name);
        }
    }
}
