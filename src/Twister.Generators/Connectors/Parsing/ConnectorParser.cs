using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Callbacks.Model;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Model;
using Twister.Generators.LinkTypes.Model;
using Twister.Generators.LinkTypes.Parsing;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.Connectors.Parsing;

/// <summary>
/// Turns a <c>[Connector]</c> class into a <see cref="ConnectorModel"/>. Invalid input (not partial,
/// nested, generic, not a <c>Connector&lt;TSelf&gt;</c>) yields <see langword="null"/>: the analyzers
/// report it, the generator only skips it. Callbacks whose parameters cannot be serialized are
/// skipped the same way (TWIST1001).
/// </summary>
internal static class ConnectorParser
{
    /// <summary>Reads the connector, or returns <see langword="null"/> when it cannot be generated.</summary>
    public static ConnectorModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || !IsGeneratable(type)) return null;
        var attribute = context.Attributes[0];
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name) return null;

        var compilation = context.SemanticModel.Compilation;
        var shapes = new TypeShapeBuilder(compilation, type);
        var roots = new SortedSet<string>(StringComparer.Ordinal);

        var callbacks = new List<CallbackModel>();
        foreach (var (method, signature) in CallbackSignature.Of(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadCallback(method, signature, shapes, roots) is { } callback) callbacks.Add(callback);
        }
        callbacks.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        if (callbacks.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != callbacks.Count) return null; // TWIST1002

        foreach (var stored in StoredTypes(type, context.SemanticModel, cancellationToken))
        {
            if (shapes.TryAdd(stored, out _)) roots.Add(TypeShapeBuilder.NameOf(stored));
        }

        var provider = "None";
        var scopes = new List<string>();
        var linkTypes = new List<LinkTypeModel>();
        var handleReplies = false;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Provider":
                    provider = LinkTypeParser.EnumMemberName(named.Value) ?? $"(global::Twister.AuthProvider){named.Value.Value}";
                    break;
                case "Scopes":
                    scopes.AddRange(named.Value.Values.Select(v => v.Value as string).Where(v => v is not null)!);
                    break;
                case "HandleReplies":
                    handleReplies = named.Value.Value is true;
                    break;
                case "LinkTypes":
                    foreach (var value in named.Value.Values)
                    {
                        if (value.Value is INamedTypeSymbol linkType && LinkTypeParser.Read(linkType) is { } model) linkTypes.Add(model);
                    }
                    break;
            }
        }

        var urls = new List<string>();
        var hasNetwork = false;
        foreach (var data in type.GetAttributes())
        {
            if (data.AttributeClass is null || !CallbackSignature.IsType(data.AttributeClass, KnownNames.NetworkAccessAttribute)) continue;
            hasNetwork = true;
            foreach (var argument in data.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Array) urls.AddRange(argument.Values.Select(v => v.Value as string).Where(v => v is not null)!);
                else if (argument.Value is string url) urls.Add(url);
            }
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        return new ConnectorModel(
            ns, type.Name, TypeShapeBuilder.NameOf(type), type.IsSealed, name, provider,
            scopes.ToEquatableArray(), urls.ToEquatableArray(), hasNetwork, handleReplies,
            linkTypes.ToEquatableArray(), callbacks.ToEquatableArray(), shapes.Build(), roots.ToEquatableArray());
    }

    private static bool IsGeneratable(INamedTypeSymbol type)
    {
        if (type.ContainingType is not null || type.IsGenericType || type.IsAbstract || type.IsStatic) return false;
        if (!InheritsConnector(type)) return false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ClassDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
        }
        return type.InstanceConstructors.Any(c => c.Parameters.Length == 0);
    }

    private static bool InheritsConnector(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (CallbackSignature.IsType(current.OriginalDefinition, KnownNames.ConnectorBase)) return true;
        }
        return false;
    }

    private static CallbackModel? ReadCallback(IMethodSymbol method, CallbackSignature signature, TypeShapeBuilder shapes, SortedSet<string> roots)
    {
        if (method.IsStatic || method.IsGenericMethod || method.Parameters.Any(p => p.RefKind != RefKind.None)) return null;
        var returnKind = ReturnKindOf(method.ReturnType);
        if (returnKind is null) return null;

        var parameters = new List<CallbackParameterModel>();
        foreach (var parameter in signature.PersistedParameters)
        {
            if (!shapes.TryAdd(parameter.Type, out _)) return null; // TWIST1001
            var typeName = TypeShapeBuilder.NameOf(parameter.Type);
            roots.Add(typeName);
            parameters.Add(new CallbackParameterModel(parameter.Name, typeName, parameter.HasExplicitDefaultValue ? DefaultValueSource.Of(parameter) : null));
        }

        var call = new List<CallArgument>();
        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter, signature.InvocationParameter)) call.Add(new CallArgument(CallbackArgumentRole.Invocation, -1));
            else if (SymbolEqualityComparer.Default.Equals(parameter, signature.CancellationTokenParameter)) call.Add(new CallArgument(CallbackArgumentRole.Cancellation, -1));
            else
            {
                var index = signature.PersistedParameters.IndexOf(parameter, 0, signature.PersistedParameters.Length, SymbolEqualityComparer.Default);
                if (index < 0) return null; // a second CancellationToken: not a shape the dispatcher can fill
                call.Add(new CallArgument(CallbackArgumentRole.Persisted, index));
            }
        }

        var invocationType = signature.InvocationParameter is { } invocation ? TypeShapeBuilder.NameOf(invocation.Type) : null;
        return new CallbackModel(signature.Key, method.Name, returnKind.Value, invocationType, parameters.ToEquatableArray(), call.ToEquatableArray());
    }

    private static CallbackReturnKind? ReturnKindOf(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void) return CallbackReturnKind.Void;
        if (type is INamedTypeSymbol { Arity: 0 } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
        {
            if (named.Name == "Task") return CallbackReturnKind.Task;
            if (named.Name == "ValueTask") return CallbackReturnKind.ValueTask;
        }
        return null;
    }

    /// <summary>
    /// The <c>T</c> of every <c>Store.GetAsync&lt;T&gt;</c>/<c>Store.SetAsync&lt;T&gt;</c> call written in the
    /// connector's declarations (the typed store methods of <c>Twister.Tools.ConnectorStore</c>).
    /// </summary>
    /// <remarks>
    /// The transform reruns on every compilation change, and binding method bodies would dominate its
    /// cost, so <c>T</c> is found by speculatively binding only the written type (at class level) or,
    /// for an inferred <c>SetAsync(key, value)</c>, only the value expression; a full bind is the fallback.
    /// </remarks>
    private static IEnumerable<ITypeSymbol> StoredTypes(INamedTypeSymbol type, SemanticModel targetModel, CancellationToken cancellationToken)
    {
        if (!HasTypedStore(type)) yield break;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: var receiver, Name: var name }
                    || name.Identifier.ValueText is not ("GetAsync" or "SetAsync")
                    || !IsStoreReceiver(receiver))
                {
                    continue; // cheap syntactic filter before any binding
                }
                // Reuse the model the driver gave us for the attributed declaration's own tree.
                model ??= declaration.SyntaxTree == targetModel.SyntaxTree ? targetModel : targetModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
                var typeScope = declaration is TypeDeclarationSyntax { OpenBraceToken.Span.End: var afterBrace } ? afterBrace : invocation.SpanStart;
                if (StoredType(model, typeScope, invocation, name, cancellationToken) is { } stored) yield return stored;
            }
        }
    }

    private static ITypeSymbol? StoredType(SemanticModel model, int typeScope, InvocationExpressionSyntax invocation, SimpleNameSyntax name, CancellationToken cancellationToken)
    {
        // A type written out (GetAsync<T>, SetAsync<T>, SetAsync(key, new T(...))) is bound at class
        // level, which binds no method body; any other value expression is bound where it stands.
        TypeSyntax? written = name is GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } typeArguments } ? typeArguments[0] : null;
        ExpressionSyntax? value = name.Identifier.ValueText == "SetAsync" && invocation.ArgumentList.Arguments.Count >= 2 ? invocation.ArgumentList.Arguments[1].Expression : null;
        if (written is null && value is ObjectCreationExpressionSyntax creation) written = creation.Type;

        var found = written is not null
            ? model.GetSpeculativeTypeInfo(typeScope, written, SpeculativeBindingOption.BindAsTypeOrNamespace).Type
            : value is not null ? model.GetSpeculativeTypeInfo(value.SpanStart, value, SpeculativeBindingOption.BindAsExpression).Type : null;
        if (found is not null && found.TypeKind != TypeKind.Error) return found;

        return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method
               && method.ContainingType is { } container && CallbackSignature.IsType(container, KnownNames.ConnectorStore)
            ? method.TypeArguments[0]
            : null;
    }

    // The connector's Store property is the inherited typed store unless the class hides it.
    private static bool HasTypedStore(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Store"))
                return member is IPropertySymbol property && CallbackSignature.IsType(property.Type, KnownNames.ConnectorStore);
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
