using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Twister.Generators.Callbacks.Model;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Model;
using Twister.Generators.LinkTypes.Model;
using Twister.Generators.LinkTypes.Parsing;
using Twister.Generators.Options.Parsing;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.Connectors.Parsing;

/// <summary>
/// Turns a <c>[Connector]</c> class into a <see cref="ConnectorModel"/>. A class that is not a connector
/// declaration the generator can extend (<see cref="ConnectorDeclaration.IsGeneratable"/>) yields
/// <see langword="null"/>: the analyzers report it, the generator only skips it. Callbacks whose parameters cannot be serialized are
/// skipped the same way (TWIST1001).
/// </summary>
internal static class ConnectorParser
{
    /// <summary>
    /// Reads the class carrying Twister's <c>[Connector]</c> that <c>ForAttributeWithMetadataName</c> found, or
    /// returns <see langword="null"/> when it cannot be generated. The semantic model is the one of the tree
    /// where the attribute is written.
    /// </summary>
    public static ConnectorModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length != 1) return null;
        var attribute = context.Attributes[0];
        if (!ConnectorDeclaration.IsGeneratable(type, cancellationToken) || ConnectorDeclaration.NameOf(attribute) is not { } name) return null;
        var semanticModel = context.SemanticModel;

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
            linkTypes.ToEquatableArray(), callbacks.ToEquatableArray(), shapes.Build(), roots.ToEquatableArray(),
            OptionsParser.Read(type, attribute, semanticModel, cancellationToken));
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
