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
/// nested, generic, abstract, static, without a parameterless constructor, not a
/// <c>Connector&lt;TSelf&gt;</c>) yields <see langword="null"/>: the analyzers report it, the
/// generator only skips it. Callbacks whose parameters cannot be serialized are
/// skipped the same way (TWIST1001).
/// </summary>
internal static class ConnectorParser
{
    /// <summary>
    /// Reads the class <paramref name="declaration"/> when its own attribute lists carry Twister's
    /// <c>[Connector]</c> (resolved semantically, so aliases and qualified names count and a look-alike
    /// does not; a partial part without it yields <see langword="null"/>, so each connector is read
    /// once), or returns <see langword="null"/>.
    /// </summary>
    public static ConnectorModel? Read(ClassDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
        => semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type && ConnectorAttributeOn(declaration, type) is { } attribute
            ? Read(type, attribute, semanticModel, cancellationToken)
            : null;

    /// <summary>
    /// Reads the connector <paramref name="type"/> carrying <paramref name="attribute"/> (its <c>[Connector]</c>),
    /// or returns <see langword="null"/> when it cannot be generated. <paramref name="semanticModel"/> is the
    /// model of the tree where the attribute is written.
    /// </summary>
    private static ConnectorModel? Read(INamedTypeSymbol type, AttributeData attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!IsGeneratable(type)) return null;
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name) return null;

        var compilation = semanticModel.Compilation;
        var shapes = new TypeShapeBuilder(compilation, type);
        var roots = new SortedSet<string>(StringComparer.Ordinal);

        var connectorAccessibility = EffectiveAccessibility.Of(type);
        var callbacks = new List<CallbackModel>();
        foreach (var (method, signature) in CallbackSignature.Of(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadCallback(method, signature, shapes, roots, connectorAccessibility) is { } callback) callbacks.Add(callback);
        }
        callbacks.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        if (callbacks.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != callbacks.Count) return null; // TWIST1002

        foreach (var stored in StoredTypes.Of(type, semanticModel, cancellationToken))
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
            if (data.AttributeClass is null || !Symbols.IsType(data.AttributeClass, KnownNames.NetworkAccessAttribute)) continue;
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
        if (GeneratedTypePlacement.ConnectorProblem(type) is not null) return false; // TWIST0007
        if (!InheritsConnector(type)) return false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ClassDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
        }
        return true;
    }

    private static bool InheritsConnector(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (Symbols.IsType(current.OriginalDefinition, KnownNames.ConnectorBase)) return true;
        }
        return false;
    }

    private static AttributeData? ConnectorAttributeOn(ClassDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        if (declaration.AttributeLists.Count == 0) return null;
        var attributesEnd = declaration.AttributeLists.Last().Span.End;
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference is not { } reference
                || reference.SyntaxTree != declaration.SyntaxTree
                || reference.Span.Start < declaration.SpanStart
                || reference.Span.End > attributesEnd)
            {
                continue;
            }
            if (attribute.AttributeClass is { } attributeClass && Symbols.IsType(attributeClass, KnownNames.ConnectorAttribute)) return attribute;
        }
        return null;
    }

    private static CallbackModel? ReadCallback(IMethodSymbol method, CallbackSignature signature, TypeShapeBuilder shapes, SortedSet<string> roots, GeneratedAccessibility connectorAccessibility)
    {
        if (method.IsStatic || method.IsGenericMethod || method.Parameters.Any(p => p.RefKind != RefKind.None)) return null;
        var returnKind = ReturnKindOf(method.ReturnType);
        if (returnKind is null) return null;

        var parameters = new List<CallbackParameterModel>();
        var accessibility = connectorAccessibility;
        foreach (var parameter in signature.PersistedParameters)
        {
            if (!shapes.TryAdd(parameter.Type, out _)) return null; // TWIST1001
            accessibility = EffectiveAccessibility.Min(accessibility, EffectiveAccessibility.Of(parameter.Type));
            var typeName = TypeShapeBuilder.NameOf(parameter.Type);
            roots.Add(typeName);
            var declaredType = parameter.Type is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated } ? typeName + "?" : typeName;
            parameters.Add(new CallbackParameterModel(parameter.Name, typeName, declaredType, parameter.HasExplicitDefaultValue ? DefaultValueSource.Of(parameter) : null));
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

        string? invocationType = null;
        if (signature.InvocationParameter is { } invocation)
        {
            invocationType = TypeShapeBuilder.NameOf(invocation.Type);
            // The factory returns Callback<TInvocation>, so the invocation type bounds it too.
            accessibility = EffectiveAccessibility.Min(accessibility, EffectiveAccessibility.Of(invocation.Type));
        }
        return new CallbackModel(signature.Key, method.Name, returnKind.Value, invocationType, parameters.ToEquatableArray(), call.ToEquatableArray(), accessibility);
    }

    private static CallbackReturnKind? ReturnKindOf(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void) return CallbackReturnKind.Void;
        if (Symbols.IsType(type, "System.Threading.Tasks.Task")) return CallbackReturnKind.Task;
        if (Symbols.IsType(type, "System.Threading.Tasks.ValueTask")) return CallbackReturnKind.ValueTask;
        return null;
    }
}
