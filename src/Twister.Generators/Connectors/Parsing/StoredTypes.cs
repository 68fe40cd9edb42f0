using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Common;

namespace Twister.Generators.Connectors.Parsing;

/// <summary>
/// The <c>T</c> of every <c>Store.GetAsync&lt;T&gt;</c>/<c>Store.SetAsync&lt;T&gt;</c> call written in a
/// connector's declarations (the typed store methods of <c>Twister.Tools.ConnectorStore</c>).
/// </summary>
/// <remarks>
/// The generator's transform reruns for every connector on every compilation change, so this avoids
/// binding as far as it can, cheapest first: a written simple type name (<c>GetAsync&lt;State&gt;</c>,
/// <c>SetAsync(key, new State(...))</c>) is looked up among the connector's nested types and its
/// namespaces, as C# would find it; any other written type is bound speculatively at class level
/// (which binds no method body); an inferred <c>SetAsync(key, value)</c> binds only the value
/// expression; binding the whole invocation is the last resort.
/// </remarks>
internal static class StoredTypes
{
    /// <summary>The stored types found in <paramref name="type"/>'s declarations, in syntax order (repeats included).</summary>
    /// <param name="type">The connector.</param>
    /// <param name="targetModel">The semantic model of the tree the connector's attribute is in.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="skipTree">
    /// Declarations in trees this returns <see langword="true"/> for are not read. The analyzers skip
    /// generated code: the generator's own part of a connector is its largest and never stores anything.
    /// </param>
    public static IEnumerable<ITypeSymbol> Of(INamedTypeSymbol type, SemanticModel targetModel, CancellationToken cancellationToken, Func<SyntaxTree, bool>? skipTree = null)
    {
        if (!HasTypedStore(type)) yield break;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (skipTree is not null && skipTree(reference.SyntaxTree)) continue;
            var declaration = reference.GetSyntax(cancellationToken);
            // A part of the class whose text never names the store has no store call: reading the text
            // is far cheaper than walking every node of the part.
            if (!NamesStore(reference.SyntaxTree.GetText(cancellationToken), declaration.Span)) continue;
            SemanticModel? model = null;
            foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: var receiver, Name: var name }
                    || name.Identifier.ValueText is not ("GetAsync" or "SetAsync")
                    || !IsStoreReceiver(receiver))
                {
                    continue; // cheap syntactic filter before any binding
                }
                var written = WrittenType(invocation, name);
                if (written is IdentifierNameSyntax simple && LookUp(type, declaration, simple.Identifier.ValueText) is { } found)
                {
                    yield return found;
                    continue;
                }
                // Reuse the model the driver gave us for the attributed declaration's own tree.
                model ??= declaration.SyntaxTree == targetModel.SyntaxTree ? targetModel : targetModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
                var typeScope = declaration is TypeDeclarationSyntax { OpenBraceToken.Span.End: var afterBrace } ? afterBrace : invocation.SpanStart;
                if (Bind(model, typeScope, invocation, name, written, cancellationToken) is { } bound) yield return bound;
            }
        }
    }

    private static bool NamesStore(SourceText text, TextSpan span)
        => text.ToString(span).IndexOf("Store", StringComparison.Ordinal) >= 0;

    // GetAsync<T>, SetAsync<T>, or the type of SetAsync(key, new T(...)).
    private static TypeSyntax? WrittenType(InvocationExpressionSyntax invocation, SimpleNameSyntax name)
    {
        if (name is GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } typeArguments }) return typeArguments[0];
        return StoredValue(invocation, name) is ObjectCreationExpressionSyntax creation ? creation.Type : null;
    }

    private static ExpressionSyntax? StoredValue(InvocationExpressionSyntax invocation, SimpleNameSyntax name)
        => name.Identifier.ValueText == "SetAsync" && invocation.ArgumentList.Arguments.Count >= 2 ? invocation.ArgumentList.Arguments[1].Expression : null;

    /// <summary>
    /// Finds a simple type name the way C# lookup does from inside the connector: its own and inherited
    /// nested types, then each enclosing namespace outward. Returns <see langword="null"/> (so the caller
    /// binds) whenever the answer could depend on anything else: a using directive inside a namespace
    /// declaration, a namespace of that name, several candidates, or an inaccessible metadata type.
    /// </summary>
    private static ITypeSymbol? LookUp(INamedTypeSymbol connector, SyntaxNode declaration, string name)
    {
        for (var current = connector; current is not null; current = current.BaseType)
        {
            var nested = current.GetTypeMembers(name, 0);
            if (nested.Length == 1) return nested[0];
            if (nested.Length > 1) return null;
        }

        foreach (var ancestor in declaration.Ancestors())
        {
            if (ancestor is BaseNamespaceDeclarationSyntax { Usings.Count: > 0 } or BaseNamespaceDeclarationSyntax { Externs.Count: > 0 }) return null;
        }

        for (var ns = connector.ContainingNamespace; ns is not null; ns = ns.ContainingNamespace)
        {
            ITypeSymbol? found = null;
            foreach (var member in ns.GetMembers(name))
            {
                if (member is not INamedTypeSymbol candidate) return null; // a namespace of that name
                if (candidate.Arity != 0) continue;
                if (found is not null) return null;
                found = candidate;
            }
            if (found is not null) return found.DeclaredAccessibility == Accessibility.Public || found.Locations.Any(l => l.IsInSource) ? found : null;
        }
        return null;
    }

    private static ITypeSymbol? Bind(SemanticModel model, int typeScope, InvocationExpressionSyntax invocation, SimpleNameSyntax name, TypeSyntax? written, CancellationToken cancellationToken)
    {
        var value = StoredValue(invocation, name);
        var found = written is not null
            ? model.GetSpeculativeTypeInfo(typeScope, written, SpeculativeBindingOption.BindAsTypeOrNamespace).Type
            : value is not null ? model.GetSpeculativeTypeInfo(value.SpanStart, value, SpeculativeBindingOption.BindAsExpression).Type : null;
        if (found is not null && found.TypeKind != TypeKind.Error) return found;

        return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method
               && method.ContainingType is { } container && Symbols.IsType(container, KnownNames.ConnectorStore)
            ? method.TypeArguments[0]
            : null;
    }

    // The connector's Store property is the inherited typed store unless the class hides it.
    private static bool HasTypedStore(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Store"))
                return member is IPropertySymbol property && Symbols.IsType(property.Type, KnownNames.ConnectorStore);
        }
        return false;
    }

    private static bool IsStoreReceiver(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Store",
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name.Identifier.ValueText: "Store" } => true,
        _ => false,
    };
}
