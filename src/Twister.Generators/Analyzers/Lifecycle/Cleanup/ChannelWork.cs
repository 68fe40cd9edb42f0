using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Cleanup;

/// <summary>What a channel hook sets up or tears down.</summary>
internal enum WorkKind
{
    /// <summary><c>Store.SetAsync</c> / <c>Store.ClearAsync</c> of a key.</summary>
    StoreKey,
    /// <summary><c>Tools.Network.CreateWebhookAsync</c> / <c>DeleteWebhookAsync</c>.</summary>
    WebhookUrl,
    /// <summary><c>Tools.Callbacks.CreateAsync</c> / <c>DeleteAsync</c>.</summary>
    CallbackToken,
    /// <summary>A webhook or subscription registered with the external service (<c>client.CreateWebhookAsync</c>) / removed (<c>client.DeleteWebhookAsync</c>).</summary>
    ExternalWebhook,
}

/// <summary>One thing a hook sets up or tears down, where.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Pattern">For a store key, its <see cref="KeyPattern"/> (<see langword="null"/>: unknown; a clear of an unknown key may clear any).</param>
/// <param name="Call">The call that does it.</param>
/// <param name="Method">The method the call is in (the hook or a method it calls).</param>
internal sealed record ChannelWork(WorkKind Kind, string? Pattern, InvocationExpressionSyntax Call, IMethodSymbol Method);

/// <summary>
/// Collects what a channel hook does to the store, the runtime's webhooks and callbacks and the
/// external service, in its body and in the source methods it calls (three calls deep; a callback it
/// queues runs later, in another execution, and is not read).
/// </summary>
internal static class ChannelWorkReader
{
    private const int MaxDepth = 3;

    private static readonly string[] ExternalNouns = { "Webhook", "Subscription", "Watch", "Hook" };
    private static readonly string[] SetupVerbs = { "Create", "Register", "Add", "Subscribe", "Start", "Watch" };
    private static readonly string[] TeardownVerbs = { "Delete", "Remove", "Unregister", "Unsubscribe", "Stop", "Cancel" };

    /// <summary>What <paramref name="hook"/> sets up and tears down, and whether it clears the whole store.</summary>
    public static (List<ChannelWork> SetUp, List<ChannelWork> TornDown, bool ClearsAll) Read(
        IMethodSymbol hook, SourceMethods methods, CancellationToken cancellationToken)
    {
        var setUp = new List<ChannelWork>();
        var tornDown = new List<ChannelWork>();
        var clearsAll = false;
        // A client's registration method is itself the setup: its own HTTP calls are not read.
        foreach (var (code, _) in methods.Reachable(hook, MaxDepth, call => !(IsClientCall(call.Target, hook) && (IsExternal(call.Target.Name, SetupVerbs) || IsExternal(call.Target.Name, TeardownVerbs))), cancellationToken))
        {
            var method = code.Method;
            foreach (var call in code.Invocations)
            {
                // Calls written on the runtime's tools are read from syntax; only other candidates are bound.
                if (CallSyntax.CalledName(call) is not { } name || !IsCandidate(name)) continue;
                if (ToolCalls.Resolve(call, code, methods, cancellationToken) is not { } target) continue;
                if (target.IsStoreWrite)
                    setUp.Add(new ChannelWork(WorkKind.StoreKey, KeyOf(call, target, code, methods, cancellationToken), call, method));
                else if (target.IsStoreClear)
                    tornDown.Add(new ChannelWork(WorkKind.StoreKey, KeyOf(call, target, code, methods, cancellationToken), call, method));
                else if (target.IsAny(ToolCalls.Store, ToolCalls.StoreClearsAll))
                    clearsAll = true;
                else if (target.Is(ToolCalls.Network, "CreateWebhookAsync"))
                    setUp.Add(new ChannelWork(WorkKind.WebhookUrl, null, call, method));
                else if (target.Is(ToolCalls.Network, "DeleteWebhookAsync"))
                    tornDown.Add(new ChannelWork(WorkKind.WebhookUrl, null, call, method));
                else if (target.Is(ToolCalls.Callbacks, "CreateAsync"))
                    setUp.Add(new ChannelWork(WorkKind.CallbackToken, null, call, method));
                else if (target.Is(ToolCalls.Callbacks, "DeleteAsync"))
                    tornDown.Add(new ChannelWork(WorkKind.CallbackToken, null, call, method));
                else if (target.Symbol is { } client && IsClientCall(client, hook) && IsExternal(name, SetupVerbs))
                    setUp.Add(new ChannelWork(WorkKind.ExternalWebhook, null, call, method));
                else if (target.Symbol is { } client2 && IsClientCall(client2, hook) && IsExternal(name, TeardownVerbs))
                    tornDown.Add(new ChannelWork(WorkKind.ExternalWebhook, null, call, method));
            }
        }
        return (setUp, tornDown, clearsAll);
    }

    /// <summary>A call to code outside the runtime and the connector class: the external service's client.</summary>
    private static bool IsClientCall(IMethodSymbol target, IMethodSymbol hook)
        => !ToolCalls.IsRuntime(target) && !SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, hook.ContainingType.OriginalDefinition);

    private static bool IsCandidate(string name)
        => name is "SetAsync" or "ClearAsync" or "CreateWebhookAsync" or "DeleteWebhookAsync" or "CreateAsync" or "DeleteAsync"
           || ToolCalls.StoreClearsAll.Contains(name) || IsExternal(name, SetupVerbs) || IsExternal(name, TeardownVerbs);

    private static bool IsExternal(string name, string[] verbs)
    {
        var verb = false;
        foreach (var candidate in verbs) verb |= name.StartsWith(candidate, StringComparison.Ordinal);
        if (!verb) return false;
        foreach (var noun in ExternalNouns)
        {
            if (name.IndexOf(noun, StringComparison.Ordinal) > 0) return true;
        }
        return false;
    }

    private static string? KeyOf(InvocationExpressionSyntax call, ResolvedCall target, MethodCode code, SourceMethods methods, CancellationToken cancellationToken)
    {
        // The store's methods all take the key first; a bound call is matched by parameter name.
        var key = target.Symbol is { } method
            ? ValueSyntax.ArgumentFor(call.ArgumentList, method, "key")
            : (call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "key")
               ?? call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon is null))?.Expression;
        return key is not null ? KeyPattern.Of(key, code, methods, cancellationToken) : null;
    }
}
