using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// The nodes of one file that the data rules, the outbound-URL rule and the connector reach look at
/// (<see cref="Kinds"/>), in document order. One walk of the file finds them, whichever analyzer of
/// the package reads the file first; before, each of six analyzers walked every node of every file.
/// </summary>
internal static class FileNodes
{
    /// <summary>Every kind a caller may ask for.</summary>
    public static ImmutableArray<SyntaxKind> Kinds { get; } = ImmutableArray.Create(
        SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression,
        SyntaxKind.WithExpression, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.SimpleMemberAccessExpression,
        SyntaxKind.MemberBindingExpression);

    private static readonly ConditionalWeakTable<SyntaxTree, Found> ByTree = new();

    /// <summary>The nodes of <see cref="Kinds"/> in <paramref name="tree"/>.</summary>
    public static ImmutableArray<SyntaxNode> Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var found)) return found.Nodes;
        var nodes = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (Kinds.Contains(node.Kind())) nodes.Add(node);
        }
        // Two analyzers may walk one file at once; both find the same nodes, the first stored is kept.
        return ByTree.GetValue(tree, _ => new Found(nodes.ToImmutable())).Nodes;
    }

    /// <summary>Whether every kind in <paramref name="kinds"/> is one <see cref="Of"/> finds.</summary>
    public static bool Cover(ImmutableArray<SyntaxKind> kinds)
    {
        foreach (var kind in kinds)
        {
            if (!Kinds.Contains(kind)) return false;
        }
        return true;
    }

    private sealed class Found(ImmutableArray<SyntaxNode> nodes)
    {
        public ImmutableArray<SyntaxNode> Nodes { get; } = nodes;
    }
}
