using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>Reads a <see cref="TreeSummary"/> from syntax: one walk over the declarations, no binding.</summary>
internal sealed class TreeSummaryReader
{
    private readonly List<int> _candidates = [];
    private readonly Dictionary<string, HashSet<string>> _declarations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fileReferences = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private bool _hasGlobalEffects;

    private TreeSummaryReader()
    {
    }

    /// <summary>Summarises the tree whose root is <paramref name="root"/>.</summary>
    public static TreeSummary Read(SyntaxNode root)
    {
        var reader = new TreeSummaryReader();
        if (root is CompilationUnitSyntax unit) reader.ReadCompilationUnit(unit);
        return new TreeSummary(
            reader._candidates,
            reader._declarations.ToDictionary(d => d.Key, d => d.Value.ToArray(), StringComparer.Ordinal),
            [.. reader._fileReferences],
            reader._hasGlobalEffects,
            [.. reader._namespaces]);
    }

    private void ReadCompilationUnit(CompilationUnitSyntax unit)
    {
        ReadDirectives(unit.Externs, unit.Usings);
        if (unit.AttributeLists.Count > 0) _hasGlobalEffects = true; // [assembly:] or [module:]
        ReadMembers(unit.Members, "");
    }

    private void ReadDirectives(SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in externs) _fileReferences.Add(directive.Identifier.ValueText);
        foreach (var directive in usings)
        {
            if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)) _hasGlobalEffects = true;
            AddReferences(directive, _fileReferences);
        }
    }

    private void ReadMembers(SyntaxList<MemberDeclarationSyntax> members, string enclosingNamespace)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    var fullName = enclosingNamespace;
                    foreach (var segment in Segments(ns.Name))
                    {
                        fullName = fullName.Length == 0 ? segment : fullName + "." + segment;
                        _namespaces.Add(fullName);
                    }
                    ReadDirectives(ns.Externs, ns.Usings);
                    ReadMembers(ns.Members, fullName);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    ReadMember(member);
                    break;
            }
        }
    }

    // Returns the names referenced anywhere in the type; every token is read once (a type's set is the
    // union of its members' sets and of its own attribute lists, base list, parameters and constraints).
    private HashSet<string> ReadType(BaseTypeDeclarationSyntax type)
    {
        if (type is ClassDeclarationSyntax { AttributeLists.Count: > 0 } candidate) _candidates.Add(candidate.SpanStart);
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in type.ChildNodes())
        {
            switch (child)
            {
                case MemberDeclarationSyntax member:
                    references.UnionWith(ReadMember(member));
                    break;
                case ParameterListSyntax primary:
                    // A record's positional parameters are also its properties, reachable by name.
                    foreach (var parameter in primary.Parameters) references.UnionWith(Declare(parameter.Identifier, Referenced(parameter)));
                    break;
                default:
                    AddReferences(child, references);
                    break;
            }
        }
        return Declare(type.Identifier, references);
    }

    private HashSet<string> ReadMember(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case BaseTypeDeclarationSyntax nested:
                return ReadType(nested);
            case DelegateDeclarationSyntax @delegate:
                return Declare(@delegate.Identifier, Referenced(@delegate));
            case MethodDeclarationSyntax method:
                return Declare(method.Identifier, Referenced(method));
            case PropertyDeclarationSyntax property:
                return Declare(property.Identifier, Referenced(property));
            case EventDeclarationSyntax @event:
                return Declare(@event.Identifier, Referenced(@event));
            case EnumMemberDeclarationSyntax enumMember:
                return Declare(enumMember.Identifier, Referenced(enumMember));
            case BaseFieldDeclarationSyntax field:
                var references = Referenced(field);
                foreach (var variable in field.Declaration.Variables) Declare(variable.Identifier, references);
                return references;
            default:
                // Constructors, operators, conversions and indexers have no name of their own to be
                // reached by: they count as part of their type's declaration only.
                return Referenced(member);
        }
    }

    // Records the references of a declaration of the name and returns them unchanged.
    private HashSet<string> Declare(SyntaxToken identifier, HashSet<string> references)
    {
        var name = identifier.ValueText;
        if (name.Length == 0) return references; // an extension block: its members are declared one by one
        if (_declarations.TryGetValue(name, out var known)) known.UnionWith(references);
        else _declarations.Add(name, new HashSet<string>(references, StringComparer.Ordinal));
        return references;
    }

    private static HashSet<string> Referenced(SyntaxNode node)
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        AddReferences(node, references);
        return references;
    }

    // Every simple name written inside the node; an attribute name X also stands for XAttribute.
    private static void AddReferences(SyntaxNode node, HashSet<string> references)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not SimpleNameSyntax name) continue;
            references.Add(token.ValueText);
            if (IsAttributeName(name)) references.Add(token.ValueText + "Attribute");
        }
    }

    private static bool IsAttributeName(SimpleNameSyntax name)
    {
        SyntaxNode written = name;
        if (name.Parent is QualifiedNameSyntax qualified && qualified.Right == name) written = qualified;
        else if (name.Parent is AliasQualifiedNameSyntax aliased && aliased.Name == name) written = aliased;
        return written.Parent is AttributeSyntax attribute && attribute.Name == written;
    }

    private static IEnumerable<string> Segments(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => Segments(qualified.Left).Concat(Segments(qualified.Right)),
        SimpleNameSyntax simple => [simple.Identifier.ValueText],
        AliasQualifiedNameSyntax aliased => [aliased.Name.Identifier.ValueText],
        _ => [],
    };
}
