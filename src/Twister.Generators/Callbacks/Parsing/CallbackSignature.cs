using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.Callbacks.Parsing;

/// <summary>
/// Splits a <c>[Callback]</c> method into the parts that matter to its persisted contract. Shared by
/// the callback registry generator and the versioning analyzers, so both agree on what
/// "parameter <em>i</em>" means.
/// </summary>
/// <param name="Key">The stable key: the pinned <c>[Callback("key")]</c> value, else the method name.</param>
/// <param name="InvocationParameter">A first parameter supplied at invocation (a <c>WebhookRequest</c> or one marked <c>[FromInvocation]</c>), else <see langword="null"/>.</param>
/// <param name="PersistedParameters">The parameters captured when the callback is created, in position order: parameter <em>i</em> is persisted field <em>i</em>.</param>
/// <param name="CancellationTokenParameter">A <c>CancellationToken</c> parameter supplied by the runtime, else <see langword="null"/>.</param>
internal sealed record CallbackSignature(
    string Key,
    IParameterSymbol? InvocationParameter,
    ImmutableArray<IParameterSymbol> PersistedParameters,
    IParameterSymbol? CancellationTokenParameter)
{
    /// <summary>Reads the signature of <paramref name="method"/>; <see langword="null"/> when it has no <c>[Callback]</c> attribute.</summary>
    public static CallbackSignature? Read(IMethodSymbol method)
    {
        var attribute = FindAttribute(method, KnownNames.CallbackAttribute);
        if (attribute is null) return null;

        var pinned = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var key = string.IsNullOrWhiteSpace(pinned) ? method.Name : pinned!;

        IParameterSymbol? invocation = null;
        IParameterSymbol? cancellation = null;
        var persisted = ImmutableArray.CreateBuilder<IParameterSymbol>();
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            if (IsType(parameter.Type, KnownNames.CancellationToken))
            {
                cancellation ??= parameter;
                continue;
            }
            if (i == 0 && (IsType(parameter.Type, KnownNames.WebhookRequest) || FindAttribute(parameter, KnownNames.FromInvocationAttribute) is not null))
            {
                invocation = parameter;
                continue;
            }
            persisted.Add(parameter);
        }
        return new CallbackSignature(key, invocation, persisted.ToImmutable(), cancellation);
    }

    /// <summary>Whether <paramref name="symbol"/> carries the attribute with <paramref name="metadataName"/>.</summary>
    public static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } cls && IsType(cls, metadataName)) return attribute;
        }
        return null;
    }

    /// <summary>Whether <paramref name="type"/> is the named type (by metadata name, namespace included).</summary>
    /// <remarks>
    /// Analyzers call this for every attribute and base type they look at, so it compares the
    /// namespace chain against <paramref name="metadataName"/> in place instead of building strings.
    /// </remarks>
    public static bool IsType(ITypeSymbol type, string metadataName)
    {
        var end = metadataName.LastIndexOf('.');
        if (!SliceEquals(metadataName, end + 1, metadataName.Length, type.MetadataName)) return false;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            var start = end - ns.Name.Length;
            if (start < 0 || !SliceEquals(metadataName, start, end, ns.Name)) return false;
            if (start == 0) return ns.ContainingNamespace is null or { IsGlobalNamespace: true };
            if (metadataName[start - 1] != '.') return false;
            end = start - 1;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) is exactly <paramref name="part"/>.</summary>
    private static bool SliceEquals(string text, int start, int end, string part)
        => end - start == part.Length && string.CompareOrdinal(text, start, part, 0, part.Length) == 0;

    /// <summary>The <c>[Callback]</c> methods declared on <paramref name="type"/>, in declaration order.</summary>
    public static IEnumerable<(IMethodSymbol Method, CallbackSignature Signature)> Of(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && Read(method) is { } signature)
                yield return (method, signature);
        }
    }
}
