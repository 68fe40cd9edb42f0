using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// The member that holds a node of one file, as the analyzer driver names it in
/// <c>SyntaxNodeAnalysisContext.ContainingSymbol</c>: the method, accessor, field or property whose
/// declaration contains the node; code in lambdas and local functions belongs to the member around
/// them. Rules keyed by that member (TWIST3001's call graph) must see the same symbols whichever
/// kind of action feeds them. One instance per file, so each member is looked up once.
/// </summary>
internal sealed class DeclaringMembers
{
    private readonly SemanticModel _semanticModel;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxNode, ISymbol?> _byDeclaration = new();

    public DeclaringMembers(SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        _semanticModel = semanticModel;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The member holding <paramref name="node"/>, or <see langword="null"/> outside any member.</summary>
    public ISymbol? Of(SyntaxNode node)
    {
        var declaration = DeclarationOf(node);
        if (declaration is null) return null;
        if (_byDeclaration.TryGetValue(declaration, out var member)) return member;

        // Read from the declaration itself where it names the member: asking for the symbol enclosing a
        // position inside a body binds the statement around it (lambdas included).
        member = declaration switch
        {
            // The driver analyzes a field declaration once, as its first variable, even `int a = F(), b = G();`.
            BaseFieldDeclarationSyntax field => _semanticModel.GetDeclaredSymbol(field.Declaration.Variables[0], _cancellationToken),
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => _semanticModel.GetDeclaredSymbol(declaration, _cancellationToken),
            ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } => (_semanticModel.GetDeclaredSymbol(property, _cancellationToken) as IPropertySymbol)?.GetMethod,
            _ => _semanticModel.GetEnclosingSymbol(node.SpanStart, _cancellationToken),
        };
        while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            member = member.ContainingSymbol;
        // Initializers of auto-properties and field-like events bind in their backing field; the driver names the property or event.
        if (member is IFieldSymbol { AssociatedSymbol: { } associated }) member = associated;
        _byDeclaration.Add(declaration, member);
        return member;
    }

    /// <summary>
    /// The innermost syntax that declares one member as the driver sees it: an accessor, a
    /// property's expression body (its getter) or initializer (the property), else the member
    /// declaration (a field declaration as a whole).
    /// Everything under it has the same declaring member.
    /// </summary>
    private static SyntaxNode? DeclarationOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is AccessorDeclarationSyntax or MemberDeclarationSyntax
                or ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax }
                or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax })
                return current;
        }
        return null;
    }
}
