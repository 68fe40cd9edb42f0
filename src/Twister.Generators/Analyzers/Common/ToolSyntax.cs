using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Recognises a call to the runtime's tools from how it is written in a connector's own method, without
/// binding it: <c>Store.M(...)</c> (the typed store), <c>Tools.Network.M(...)</c>, <c>Tools.Tasks</c>,
/// <c>Tools.Callbacks</c>, <c>Tools.Plot</c>, <c>Tools.Integrations</c> (and the same on <c>Runtime</c>,
/// plus <c>Runtime.Store</c>), <c>Tools.Network.Http.M(...)</c> (the connector's <c>HttpClient</c>),
/// <c>Callbacks.M(...)</c> (the generated callback factories) and <c>WebhookUrl.M(...)</c>, with or
/// without <c>this.</c>.
/// </summary>
/// <remarks>
/// A name is trusted only when it cannot mean anything else: the class derives from the runtime's
/// base and its member of that name is the runtime's (or the generated one), the method declares no
/// parameter or local of that name, and no source method has the called name (so a source extension
/// method on a tool is bound, not guessed). Anything else is left to the caller, which binds. This lets
/// the lifecycle rules read a hook without binding its body, which would cost as much as compiling it.
/// </remarks>
internal sealed class ToolReceivers
{
    /// <summary>The type of the generated callback factories (<c>Callbacks.X(...)</c>): not a metadata name.</summary>
    public const string CallbackFactories = "<generated Callbacks>";

    /// <summary>The <c>HttpClient</c> the network tool hands out (<c>Tools.Network.Http</c>).</summary>
    public const string HttpClient = "System.Net.Http.HttpClient";

    public const string Network = "Twister.Tools.INetwork";
    public const string Tasks = "Twister.Tools.ITasks";
    public const string Callbacks = "Twister.Tools.ICallbacks";
    public const string Plot = "Twister.Tools.IPlot";
    public const string Integrations = "Twister.Tools.IIntegrations";
    public const string RawStore = "Twister.Tools.IStore";
    public const string WebhookUrl = "Twister.WebhookUrl";

    private static readonly ToolReceivers None = new(false, false, false, false, false);

    private readonly bool _store;
    private readonly bool _tools;
    private readonly bool _runtime;
    private readonly bool _callbackFactories;
    private readonly bool _webhookUrl;

    private ToolReceivers(bool store, bool tools, bool runtime, bool callbackFactories, bool webhookUrl)
    {
        _store = store;
        _tools = tools;
        _runtime = runtime;
        _callbackFactories = callbackFactories;
        _webhookUrl = webhookUrl;
    }

    /// <summary>What the names <c>Store</c>, <c>Tools</c>, <c>Runtime</c>, <c>Callbacks</c> and <c>WebhookUrl</c> mean in <paramref name="type"/>'s own methods.</summary>
    public static ToolReceivers For(INamedTypeSymbol type)
    {
        if (!ConnectorScope.IsTwist(type)) return None;
        return new ToolReceivers(
            store: MemberType(type, "Store") is { } store && Symbols.IsType(store, KnownNames.ConnectorStore),
            tools: MemberType(type, "Tools") is { } tools && (Symbols.IsType(tools, "Twister.Runtime.ToolSet") || Symbols.IsType(tools, "Twister.Runtime.NetworkToolSet")),
            runtime: MemberType(type, "Runtime") is { } runtime && Symbols.IsType(runtime, "Twister.Runtime.ITwistRuntime"),
            callbackFactories: IsGeneratedFactories(type),
            webhookUrl: type.GetTypeMembers("WebhookUrl").IsEmpty && MemberType(type, "WebhookUrl") is null && !HasMember(type, "WebhookUrl"));
    }

    /// <summary>
    /// The tool a call is made on, as the metadata name of the type declaring the called method (or
    /// <see cref="CallbackFactories"/>, <see cref="HttpClient"/>), or <see langword="null"/> when the call
    /// is not written on one, or the names may mean something else (then bind).
    /// </summary>
    public string? ToolOf(InvocationExpressionSyntax call, MethodCode code, SourceMethods methods)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Expression: var receiver, Name: var name }) return null;
        if (methods.IsSourceMethodName(name.Identifier.ValueText)) return null;
        return ReceiverType(receiver, code);
    }

    /// <summary>Whether <paramref name="receiver"/> is the generated callback factories (whatever the called name).</summary>
    public bool IsCallbackFactoryReceiver(ExpressionSyntax receiver, MethodCode code)
        => ReceiverType(receiver, code) == CallbackFactories;

    private string? ReceiverType(ExpressionSyntax receiver, MethodCode code)
    {
        switch (WithoutThis(receiver))
        {
            case IdentifierNameSyntax { Identifier.ValueText: var name } when !code.Declares(name):
                return name switch
                {
                    "Store" when _store => KnownNames.ConnectorStore,
                    "Callbacks" when _callbackFactories => CallbackFactories,
                    "WebhookUrl" when _webhookUrl && !receiver.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleMemberAccessExpression) => WebhookUrl,
                    _ => null,
                };
            case MemberAccessExpressionSyntax { Expression: var owner, Name.Identifier.ValueText: var tool }:
                if (tool == "Http") return ReceiverType(owner, code) == Network ? HttpClient : null;
                var root = WithoutThis(owner) is IdentifierNameSyntax { Identifier.ValueText: var rootName } && !code.Declares(rootName) ? rootName : null;
                var fromTools = root == "Tools" && _tools;
                var fromRuntime = root == "Runtime" && _runtime;
                if (!fromTools && !fromRuntime) return null;
                return tool switch
                {
                    "Network" => Network,
                    "Tasks" => Tasks,
                    "Callbacks" => Callbacks,
                    "Plot" => Plot,
                    "Integrations" => Integrations,
                    "Store" when fromRuntime => RawStore,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static ExpressionSyntax WithoutThis(ExpressionSyntax receiver)
        => receiver is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } ? name : receiver;

    /// <summary>The type of the first property or field named <paramref name="name"/> up the base types.</summary>
    private static ITypeSymbol? MemberType(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                return member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
            }
        }
        return null;
    }

    private static bool HasMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty) return true;
        }
        return false;
    }

    /// <summary>The nested static class <c>Callbacks</c> the generator declares, and no other member of that name.</summary>
    private static bool IsGeneratedFactories(INamedTypeSymbol type)
    {
        var members = type.GetMembers("Callbacks");
        return members.Length == 1 && members[0] is INamedTypeSymbol { IsStatic: true } factories
               && factories.DeclaringSyntaxReferences.Length == 1 && GeneratedCode.Is(factories.DeclaringSyntaxReferences[0].SyntaxTree)
               && type.BaseType?.GetMembers("Callbacks").IsEmpty != false;
    }
}
