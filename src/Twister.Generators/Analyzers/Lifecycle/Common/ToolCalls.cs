using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// Calls to the runtime's tools that the lifecycle rules look for, by declaring type and name. New
/// tool methods of the runtime join the lists here (for example a <c>SaveLinkAsync</c> among
/// <see cref="PlotSaves"/>, a clear-all among <see cref="StoreClearsAll"/>).
/// </summary>
internal static class ToolCalls
{
    public const string Store = KnownNames.ConnectorStore;
    public const string RawStore = "Twister.Tools.IStore";
    public const string Network = "Twister.Tools.INetwork";
    public const string Callbacks = "Twister.Tools.ICallbacks";
    public const string Tasks = "Twister.Tools.ITasks";
    public const string Plot = "Twister.Tools.IPlot";
    public const string WebhookUrl = "Twister.WebhookUrl";

    /// <summary>Methods that save an item into Plot (TWIST4004: <c>OnCreateLinkAsync</c> must return the item instead).</summary>
    public static readonly ImmutableArray<string> PlotSaves = ImmutableArray.Create("CreateActivityAsync");

    /// <summary>Store methods that remove every key at once (none today); one of them in <c>OnChannelDisabledAsync</c> undoes every write.</summary>
    public static readonly ImmutableArray<string> StoreClearsAll = ImmutableArray<string>.Empty;

    /// <summary>
    /// What <paramref name="call"/> calls: read from syntax when it is written on a runtime tool
    /// (<see cref="SourceMethods.ToolOf"/>), else bound; <see langword="null"/> when it binds to no method.
    /// </summary>
    public static ResolvedCall? Resolve(InvocationExpressionSyntax call, MethodCode code, SourceMethods methods, CancellationToken cancellationToken)
    {
        if (CallSyntax.CalledName(call) is not { } name) return null;
        if (methods.ToolOf(call, code) is { } tool) return new ResolvedCall(name, tool, null);
        if (code.Model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol target) return null;
        target = target.ReducedFrom ?? target;
        return new ResolvedCall(target.Name, target.ContainingType is { } owner ? MetadataName(owner.OriginalDefinition) : null, target);
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) name = outer.MetadataName + "+" + name;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) name = ns.Name + "." + name;
        return name;
    }

    /// <summary>Whether <paramref name="method"/> is <paramref name="name"/> declared by the type <paramref name="type"/>.</summary>
    public static bool Is(IMethodSymbol method, string type, string name)
        => method.Name == name && method.ContainingType is { } owner && Symbols.IsType(owner.OriginalDefinition, type);

    /// <summary>Whether <paramref name="method"/> is one of <paramref name="names"/> declared by <paramref name="type"/>.</summary>
    public static bool IsAny(IMethodSymbol method, string type, ImmutableArray<string> names)
        => names.Contains(method.Name) && method.ContainingType is { } owner && Symbols.IsType(owner.OriginalDefinition, type);

    /// <summary>A store write: the typed <c>Store.SetAsync</c> or the raw tool's.</summary>
    public static bool IsStoreWrite(IMethodSymbol method) => Is(method, Store, "SetAsync") || Is(method, RawStore, "SetAsync");

    /// <summary>A store clear: the typed <c>Store.ClearAsync</c> or the raw tool's.</summary>
    public static bool IsStoreClear(IMethodSymbol method) => Is(method, Store, "ClearAsync") || Is(method, RawStore, "ClearAsync");

    /// <summary><c>Tasks.RunTaskAsync(callback)</c> without a start time: the task runs as soon as possible.</summary>
    public static bool IsImmediateTask(IMethodSymbol method)
    {
        if (!Is(method, Tasks, "RunTaskAsync")) return false;
        foreach (var parameter in method.Parameters)
        {
            if (Symbols.IsType(parameter.Type, "System.DateTimeOffset") || Symbols.IsType(parameter.Type, "System.DateTime")) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="method"/> belongs to the Twister runtime library (its tools, model and helpers).</summary>
    public static bool IsRuntime(IMethodSymbol method)
    {
        var ns = method.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false }) ns = ns.ContainingNamespace;
        return ns is { Name: "Twister" } && method.ContainingAssembly?.Name == "Twister";
    }
}

/// <summary>
/// A call as the lifecycle rules see it: the called name and the type declaring it (a metadata name, or
/// <see cref="ToolReceivers.CallbackFactories"/>), with the method when the call had to be bound.
/// </summary>
/// <param name="Name">The called method's name.</param>
/// <param name="Tool">The metadata name of the type declaring it.</param>
/// <param name="Symbol">The method, when bound (<see langword="null"/> when read from syntax).</param>
internal readonly record struct ResolvedCall(string Name, string? Tool, IMethodSymbol? Symbol)
{
    /// <summary>Whether this is <paramref name="name"/> declared by <paramref name="type"/>.</summary>
    public bool Is(string type, string name) => Name == name && Tool == type;

    /// <summary>Whether this is one of <paramref name="names"/> declared by <paramref name="type"/>.</summary>
    public bool IsAny(string type, ImmutableArray<string> names) => Tool == type && names.Contains(Name);

    /// <summary>A call into the Twister runtime library (its tools, model and helpers), or the generated callback factories.</summary>
    public bool IsRuntime => Symbol is { } method ? ToolCalls.IsRuntime(method) : Tool != ToolReceivers.HttpClient;

    /// <summary>A store write: the typed <c>Store.SetAsync</c> or the raw tool's.</summary>
    public bool IsStoreWrite => Is(ToolCalls.Store, "SetAsync") || Is(ToolCalls.RawStore, "SetAsync");

    /// <summary>A store clear: the typed <c>Store.ClearAsync</c> or the raw tool's.</summary>
    public bool IsStoreClear => Is(ToolCalls.Store, "ClearAsync") || Is(ToolCalls.RawStore, "ClearAsync");
}

