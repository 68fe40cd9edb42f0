using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Generators.Analyzers.Common;

/// <summary>One node found by <see cref="NodeScan"/>: what a syntax node action's context would give.</summary>
internal readonly struct NodeContext
{
    private readonly SemanticModelAnalysisContext _file;
    private readonly DeclaringMembers _members;

    public NodeContext(SemanticModelAnalysisContext file, SyntaxNode node, DeclaringMembers members)
    {
        _file = file;
        _members = members;
        Node = node;
    }

    /// <summary>The node of one of the registered kinds.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The semantic model of the node's file.</summary>
    public SemanticModel SemanticModel => _file.SemanticModel;

    /// <summary>The compilation being analyzed.</summary>
    public Compilation Compilation => _file.SemanticModel.Compilation;

    /// <summary>The member whose declaration holds the node (looked up on first use, once per member).</summary>
    public ISymbol? ContainingSymbol => _members.Of(Node);

    /// <summary>Cancellation of the analysis.</summary>
    public CancellationToken CancellationToken => _file.CancellationToken;

    /// <summary>Reports a diagnostic on the node's file.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _file.ReportDiagnostic(diagnostic);
}
