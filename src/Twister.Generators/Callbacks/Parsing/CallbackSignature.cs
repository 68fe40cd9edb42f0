using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        var attribute = Symbols.FindAttribute(method, KnownNames.CallbackAttribute);
        if (attribute is null) return null;

        var pinned = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var key = string.IsNullOrWhiteSpace(pinned) ? method.Name : pinned!;

        IParameterSymbol? invocation = null;
        IParameterSymbol? cancellation = null;
        var persisted = ImmutableArray.CreateBuilder<IParameterSymbol>();
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            if (Symbols.IsType(parameter.Type, KnownNames.CancellationToken))
            {
                cancellation ??= parameter;
                continue;
            }
            if (i == 0 && (Symbols.IsType(parameter.Type, KnownNames.WebhookRequest) || Symbols.FindAttribute(parameter, KnownNames.FromInvocationAttribute) is not null))
            {
                invocation = parameter;
                continue;
            }
            persisted.Add(parameter);
        }
        return new CallbackSignature(key, invocation, persisted.ToImmutable(), cancellation);
    }

    // Binding a method's attributes costs far more than looking at its syntax: a source method
    // written without any attribute list (in every part of a partial method) cannot be a callback.
    private static bool MayHaveAttributes(IMethodSymbol method)
        => method.DeclaringSyntaxReferences.IsEmpty
           || HasAttributeSyntax(method)
           || (method.PartialImplementationPart is { } implementation && HasAttributeSyntax(implementation));

    private static bool HasAttributeSyntax(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not MethodDeclarationSyntax { AttributeLists.Count: 0 }) return true;
        }
        return false;
    }

    /// <summary>The <c>[Callback]</c> methods declared on <paramref name="type"/>, in declaration order.</summary>
    public static IEnumerable<(IMethodSymbol Method, CallbackSignature Signature)> Of(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && MayHaveAttributes(method) && Read(method) is { } signature)
                yield return (method, signature);
        }
    }
}
