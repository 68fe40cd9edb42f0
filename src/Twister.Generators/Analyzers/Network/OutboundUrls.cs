using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Network;

/// <summary>
/// Finds the URLs a connector sends requests to and what is known of them at compile time. A request
/// site is the <c>requestUri</c> of an <c>HttpClient</c> method (<c>GetAsync</c>, <c>PostAsJsonAsync</c>, ...)
/// or of <c>new HttpRequestMessage(...)</c>, and an assignment to <c>HttpClient.BaseAddress</c> or
/// <c>HttpRequestMessage.RequestUri</c>. The URL is read through constants, interpolation and
/// concatenation, <c>new Uri(text)</c>, <c>new Uri(baseUri, relative)</c>, and the initializers of
/// fields, properties and locals.
/// </summary>
internal static class OutboundUrls
{
    private const int MaxDepth = 6;

    /// <summary>Whether <paramref name="node"/> can be a request site by its syntax alone (only those are bound).</summary>
    public static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => CallSyntax.CalledName(invocation) is { } name && IsRequestMethodName(name),
        ObjectCreationExpressionSyntax creation => CallSyntax.RightmostName(creation.Type) == "HttpRequestMessage",
        AssignmentExpressionSyntax { Left: var left } => (left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        }) is "BaseAddress" or "RequestUri",
        _ => false,
    };

    /// <summary>The URL expression of a request site, or <see langword="null"/> when <paramref name="node"/> is not one.</summary>
    public static ExpressionSyntax? UrlOf(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method && IsHttpClientMethod(method):
                return ValueSyntax.ArgumentFor(invocation.ArgumentList, method, "requestUri");
            case ObjectCreationExpressionSyntax creation when model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol constructor
                                                              && Symbols.IsType(constructor.ContainingType, "System.Net.Http.HttpRequestMessage"):
                return ValueSyntax.ArgumentFor(creation.ArgumentList, constructor, "requestUri");
            case AssignmentExpressionSyntax assignment when model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property
                                                            && ((property.Name == "BaseAddress" && Symbols.IsType(property.ContainingType, "System.Net.Http.HttpClient"))
                                                                || (property.Name == "RequestUri" && Symbols.IsType(property.ContainingType, "System.Net.Http.HttpRequestMessage"))):
                return assignment.Right;
            default:
                return null;
        }
    }

    /// <summary>What is known of the URL <paramref name="url"/> evaluates to, or <see langword="null"/> when nothing is.</summary>
    public static KnownUrl? Read(ExpressionSyntax url, SemanticModel model, CancellationToken cancellationToken) => Read(url, model, cancellationToken, 0);

    private static KnownUrl? Read(ExpressionSyntax url, SemanticModel model, CancellationToken cancellationToken, int depth)
    {
        if (depth > MaxDepth) return null;
        url = ValueSyntax.Unwrap(url);
        if (model.GetConstantValue(url, cancellationToken) is { HasValue: true, Value: string constant }) return new KnownUrl(constant, true);
        switch (url)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                var text = "";
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax literal) text += literal.TextToken.ValueText;
                    else if (content is InterpolationSyntax hole && Read(hole.Expression, model, cancellationToken, depth + 1) is { IsComplete: true } known) text += known.Text;
                    else return new KnownUrl(text, false);
                }
                return new KnownUrl(text, true);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation:
                if (Read(concatenation.Left, model, cancellationToken, depth + 1) is not { } left) return null;
                if (!left.IsComplete) return left;
                return Read(concatenation.Right, model, cancellationToken, depth + 1) is { } right
                    ? new KnownUrl(left.Text + right.Text, right.IsComplete)
                    : new KnownUrl(left.Text, false);
            case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList is { Arguments.Count: > 0 } arguments
                && model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } type } && Symbols.IsType(type, "System.Uri"):
                var first = Read(arguments.Arguments[0].Expression, model, cancellationToken, depth + 1);
                if (arguments.Arguments.Count == 1 || first is null || !Symbols.IsType(model.GetTypeInfo(arguments.Arguments[0].Expression, cancellationToken).Type!, "System.Uri"))
                    return first;
                return Combine(first.Value, Read(arguments.Arguments[1].Expression, model, cancellationToken, depth + 1));
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return model.GetSymbolInfo(url, cancellationToken).Symbol is { } symbol && InitializerOf(symbol, model, cancellationToken) is { } initializer
                    ? Read(initializer.Value, initializer.Model, cancellationToken, depth + 1)
                    : null;
            default:
                return null;
        }
    }

    /// <summary><c>new Uri(base, relative)</c>: exact when both are whole; else only the base's origin is sure.</summary>
    private static KnownUrl? Combine(KnownUrl baseUrl, KnownUrl? relative)
    {
        if (baseUrl.IsComplete && relative is { IsComplete: true } whole
            && Uri.TryCreate(baseUrl.Text, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, whole.Text, out var combined))
            return new KnownUrl(combined.AbsoluteUri, true);
        return baseUrl.HasOrigin ? new KnownUrl(baseUrl.Origin + "/", false) : null;
    }

    /// <summary>The value a field, property or local is initialized with (a field may be declared in another file).</summary>
    private static (ExpressionSyntax Value, SemanticModel Model)? InitializerOf(ISymbol symbol, SemanticModel model, CancellationToken cancellationToken)
    {
        if (symbol is not (IFieldSymbol or IPropertySymbol or ILocalSymbol) || symbol.DeclaringSyntaxReferences.Length != 1) return null;
        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var value = declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            _ => null,
        };
        if (value is null) return null;
        if (declaration.SyntaxTree == model.SyntaxTree) return (value, model);
        // The driver's caching semantic model provider hands out the model it analyzes that file with.
#pragma warning disable RS1030
        return (value, model.Compilation.GetSemanticModel(declaration.SyntaxTree));
#pragma warning restore RS1030
    }

    private static bool IsRequestMethodName(string name)
        => name is "GetAsync" or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync" or "PostAsync" or "PutAsync" or "PatchAsync" or "DeleteAsync"
            or "GetFromJsonAsync" or "GetFromJsonAsAsyncEnumerable" or "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" or "DeleteFromJsonAsync";

    private static bool IsHttpClientMethod(IMethodSymbol method)
        => method.ContainingType is { } type
           && (Symbols.IsType(type, "System.Net.Http.HttpClient") || Symbols.IsType(type, "System.Net.Http.Json.HttpClientJsonExtensions"));
}
