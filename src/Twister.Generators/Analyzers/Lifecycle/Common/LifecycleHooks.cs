using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Common;

/// <summary>
/// The runtime's lifecycle hooks the rules know by role. A hook is a method of <c>Connector&lt;TSelf&gt;</c>,
/// <c>Twist&lt;TSelf&gt;</c> or <c>TwistBase</c> that a connector overrides; the host calls each in a new
/// execution. New hooks of the runtime join the lists here.
/// </summary>
internal static class LifecycleHooks
{
    public const string ChannelEnabled = "OnChannelEnabledAsync";
    public const string ChannelDisabled = "OnChannelDisabledAsync";
    public const string CreateLink = "OnCreateLinkAsync";

    /// <summary>Hooks that write a Plot user's change back to the external service, dispatched only with <c>HandleReplies = true</c> (TWIST4003, TWIST4005).</summary>
    public static readonly ImmutableArray<string> WriteBack = ImmutableArray.Create("OnNoteCreatedAsync", "OnNoteUpdatedAsync");

    private static readonly ImmutableArray<string> RuntimeBaseTypes = ImmutableArray.Create(KnownNames.ConnectorBase, KnownNames.TwistBase, "Twister.Runtime.TwistBase");

    /// <summary>The method of <paramref name="connector"/> that overrides the hook <paramref name="name"/>, if any.</summary>
    public static IMethodSymbol? OverrideOf(INamedTypeSymbol connector, string name)
    {
        foreach (var member in connector.GetMembers(name))
        {
            if (member is IMethodSymbol method && IsHookOverride(method)) return method;
        }
        return null;
    }

    /// <summary>Whether <paramref name="method"/> overrides a method the runtime declares (any lifecycle hook, present or future).</summary>
    public static bool IsHookOverride(IMethodSymbol method)
    {
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            var declaring = overridden.ContainingType.OriginalDefinition;
            foreach (var name in RuntimeBaseTypes)
            {
                if (Symbols.IsType(declaring, name)) return true;
            }
        }
        return false;
    }
}
