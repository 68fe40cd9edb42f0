using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// What one syntax tree declares and references, read from syntax alone, once in the tree's life: an
/// unchanged document is the same <see cref="SyntaxTree"/> object in every compilation, so an edit
/// elsewhere costs a table lookup here, and an edited document is a new tree with a new <see cref="Id"/>.
/// </summary>
internal sealed class TreeSummary
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeSummary> Summaries = new();
    private static long _lastId;

    internal TreeSummary(
        IReadOnlyList<int> candidates,
        IReadOnlyDictionary<string, string[]> declarations,
        string[] fileReferences,
        bool hasGlobalEffects,
        string[] namespaces)
    {
        Id = Interlocked.Increment(ref _lastId);
        Candidates = candidates;
        Declarations = declarations;
        FileReferences = fileReferences;
        HasGlobalEffects = hasGlobalEffects;
        Namespaces = namespaces;
    }

    /// <summary>Unique for the life of the process; stands for the tree in every cache key (the tree itself is never held).</summary>
    public long Id { get; }

    /// <summary>Start positions of the class declarations that carry an attribute list (the connector candidates).</summary>
    public IReadOnlyList<int> Candidates { get; }

    /// <summary>
    /// Every name the tree declares (types, members, enum members, record parameters) mapped to the
    /// names referenced inside those declarations.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Declarations { get; }

    /// <summary>Names referenced by the tree's using and extern alias directives: they affect how every declaration in it binds.</summary>
    public string[] FileReferences { get; }

    /// <summary>Whether the tree has a <c>global using</c> or an <c>[assembly:]</c>/<c>[module:]</c> attribute, which can affect any file.</summary>
    public bool HasGlobalEffects { get; }

    /// <summary>The full names of the namespaces the tree declares, with their enclosing namespaces (<c>A.B</c> gives <c>A</c> and <c>A.B</c>).</summary>
    public string[] Namespaces { get; }

    /// <summary>The summary of <paramref name="tree"/>, read on its first request and shared afterwards.</summary>
    public static TreeSummary Of(SyntaxTree tree, CancellationToken cancellationToken)
        => Summaries.TryGetValue(tree, out var summary)
            ? summary
            : Summaries.GetValue(tree, t => TreeSummaryReader.Read(t.GetRoot(cancellationToken)));
}
