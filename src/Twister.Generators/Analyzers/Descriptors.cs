using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Analyzers;

/// <summary>Every Twister diagnostic descriptor. Each <c>helpLinkUri</c> points at the rule's page in <c>docs/diagnostics</c>.</summary>
internal static class Descriptors
{
    private const string HelpLinkBase = "https://github.com/twister-dotnet/twister/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor ConnectorMustBePartial = new(
        DiagnosticIds.ConnectorMustBePartial, "A connector class must be partial", "Connector class '{0}' must be declared partial so that the generator can add its wiring", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A connector class must be partial.", helpLinkUri: HelpLinkBase + DiagnosticIds.ConnectorMustBePartial + ".md");

    public static readonly DiagnosticDescriptor ConnectorMustDeriveFromConnectorOfSelf = new(
        DiagnosticIds.ConnectorMustDeriveFromConnectorOfSelf, "A connector class must derive from Connector<itself>", "Connector class '{0}' must derive from Twister.Connector<{0}>", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A connector class must derive from Connector<itself>.", helpLinkUri: HelpLinkBase + DiagnosticIds.ConnectorMustDeriveFromConnectorOfSelf + ".md");

    public static readonly DiagnosticDescriptor CallbackMethodShape = new(
        DiagnosticIds.CallbackMethodShape, "A callback must be an ordinary, non-generic instance method returning Task, ValueTask or void", "Callback '{0}' {1}", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A callback must be an ordinary, non-generic instance method returning Task, ValueTask or void.", helpLinkUri: HelpLinkBase + DiagnosticIds.CallbackMethodShape + ".md");

    public static readonly DiagnosticDescriptor FromInvocationNotFirst = new(
        DiagnosticIds.FromInvocationNotFirst, "[FromInvocation] is only allowed on a callback's first parameter", "Parameter '{0}' of callback '{1}' is marked [FromInvocation] but is not the first parameter", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[FromInvocation] is only allowed on a callback's first parameter.", helpLinkUri: HelpLinkBase + DiagnosticIds.FromInvocationNotFirst + ".md");

    public static readonly DiagnosticDescriptor LinkTypeMemberWithoutStatus = new(
        DiagnosticIds.LinkTypeMemberWithoutStatus, "A link-type enum member needs a [Status] attribute", "Member '{0}' of link type '{1}' has no [Status] attribute", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A link-type enum member needs a [Status] attribute.", helpLinkUri: HelpLinkBase + DiagnosticIds.LinkTypeMemberWithoutStatus + ".md");

    public static readonly DiagnosticDescriptor LinkTypeWithSeveralCreateDefaults = new(
        DiagnosticIds.LinkTypeWithSeveralCreateDefaults, "A link type has at most one CreateDefault status", "Link type '{0}' marks more than one status as CreateDefault ('{1}' is the second)", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A link type has at most one CreateDefault status.", helpLinkUri: HelpLinkBase + DiagnosticIds.LinkTypeWithSeveralCreateDefaults + ".md");

    public static readonly DiagnosticDescriptor GeneratedTypeMustBeTopLevelAndNonGeneric = new(
        DiagnosticIds.GeneratedTypeMustBeTopLevelAndNonGeneric, "A connector must be a concrete, non-generic, top-level class with a parameterless constructor, and a link type a top-level enum", "{0} '{1}' is {2}, so the generator skips it", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A connector must be a concrete, non-generic, top-level class with a parameterless constructor, and a link type a top-level enum: the generator cannot extend a nested or generic type nor instantiate an abstract, static or constructor-less class, and skips it.", helpLinkUri: HelpLinkBase + DiagnosticIds.GeneratedTypeMustBeTopLevelAndNonGeneric + ".md");

    public static readonly DiagnosticDescriptor InvalidConnectorOptions = new(
        DiagnosticIds.InvalidConnectorOptions, "Connector options must be declared in a form the generator can bind", "{0} '{1}' {2}; the generator emits no options for it", "Twister.Usage", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A connector's options class must be a class with a public parameterless constructor, declared in source, whose [Option] properties are public, settable bool, int, long, double, decimal or string properties with constant defaults and distinct keys; Choices only on a string (with the default among them), Min/Max only on a number (Min <= Max, the default within), Secret only on a string.", helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidConnectorOptions + ".md");

    public static readonly DiagnosticDescriptor CallbackParameterNotSerializable = new(
        DiagnosticIds.CallbackParameterNotSerializable, "A callback parameter type cannot be serialized", "Parameter '{0}' of callback '{1}' cannot be persisted: {2}", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A callback parameter type cannot be serialized.", helpLinkUri: HelpLinkBase + DiagnosticIds.CallbackParameterNotSerializable + ".md");

    public static readonly DiagnosticDescriptor DuplicateCallbackKey = new(
        DiagnosticIds.DuplicateCallbackKey, "Two callbacks of one connector share a key", "Callback key '{0}' is already used by '{1}' in connector '{2}'", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Two callbacks of one connector share a key.", helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateCallbackKey + ".md");

    public static readonly DiagnosticDescriptor CallbackNotInBaseline = new(
        DiagnosticIds.CallbackNotInBaseline, "A callback is not recorded in the callback baseline", "Callback '{0}' is not recorded in Callbacks.Shipped.txt or Callbacks.Unshipped.txt; record it before you ship so that its shape is protected", "Twister.Callbacks", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A callback is not recorded in the callback baseline.", helpLinkUri: HelpLinkBase + DiagnosticIds.CallbackNotInBaseline + ".md");

    public static readonly DiagnosticDescriptor ShippedCallbackMissing = new(
        DiagnosticIds.ShippedCallbackMissing, "A shipped callback no longer exists", "Shipped callback '{0}' of connector '{1}' no longer exists; in-flight tokens may still name it: keep it, pin its key with [Callback(\"{0}\")], or retire it with a *RETIRED* line", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A shipped callback no longer exists.", helpLinkUri: HelpLinkBase + DiagnosticIds.ShippedCallbackMissing + ".md");

    /// <summary>TWIST1004 on a shipped line whose connector class is gone (removed or renamed): found only once every type is seen.</summary>
    public static readonly DiagnosticDescriptor ShippedConnectorMissing = new(
        DiagnosticIds.ShippedCallbackMissing, "A shipped callback no longer exists", "Shipped callback '{0}' of connector '{1}' no longer exists because the connector class was removed or renamed; in-flight tokens may still name it: restore the class under its old name, or retire the line with *RETIRED*", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A shipped callback no longer exists.", helpLinkUri: HelpLinkBase + DiagnosticIds.ShippedCallbackMissing + ".md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ShippedParameterRemovedOrMoved = new(
        DiagnosticIds.ShippedParameterRemovedOrMoved, "A shipped callback parameter was removed or moved", "Shipped parameter {0} '{1}' of callback '{2}' was {3}; persisted arguments are positional", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A shipped callback parameter was removed or moved.", helpLinkUri: HelpLinkBase + DiagnosticIds.ShippedParameterRemovedOrMoved + ".md");

    public static readonly DiagnosticDescriptor ShippedParameterTypeChanged = new(
        DiagnosticIds.ShippedParameterTypeChanged, "A shipped callback parameter changed type", "Parameter {0} of callback '{1}' was shipped as '{2}' and is now '{3}'; in-flight arguments would fail to read", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A shipped callback parameter changed type.", helpLinkUri: HelpLinkBase + DiagnosticIds.ShippedParameterTypeChanged + ".md");

    public static readonly DiagnosticDescriptor AddedParameterWithoutDefault = new(
        DiagnosticIds.AddedParameterWithoutDefault, "A parameter added to a shipped callback has no default value", "Parameter '{0}' was added to shipped callback '{1}' without a default value; in-flight tokens do not carry it", "Twister.Callbacks", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A parameter added to a shipped callback has no default value.", helpLinkUri: HelpLinkBase + DiagnosticIds.AddedParameterWithoutDefault + ".md");

    public static readonly DiagnosticDescriptor StateShapeNotInBaseline = new(
        DiagnosticIds.StateShapeNotInBaseline, "A stored state shape is not recorded in the state baseline", "Stored type '{0}' is not recorded in State.Shipped.txt or State.Unshipped.txt; record it before you ship so that its shape is protected", "Twister.State", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A type written with the store is not recorded in the state baseline.", helpLinkUri: HelpLinkBase + DiagnosticIds.StateShapeNotInBaseline + ".md");

    public static readonly DiagnosticDescriptor StateMemberRemoved = new(
        DiagnosticIds.StateMemberRemoved, "A member of a shipped state shape was removed or renamed", "'{0}' of stored type '{1}' was shipped and is gone (removed or renamed); values stored by the deployed version lose it silently: keep the member, or retire the shape and store a new one", "Twister.State", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A member of a shipped state shape was removed or renamed.", helpLinkUri: HelpLinkBase + DiagnosticIds.StateMemberRemoved + ".md");

    public static readonly DiagnosticDescriptor StateMemberTypeChanged = new(
        DiagnosticIds.StateMemberTypeChanged, "A member of a shipped state shape changed type", "'{0}' of stored type '{1}' was shipped as '{2}' and is now '{3}'; values stored by the deployed version would fail to read or read wrong", "Twister.State", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A member of a shipped state shape changed type.", helpLinkUri: HelpLinkBase + DiagnosticIds.StateMemberTypeChanged + ".md");

    public static readonly DiagnosticDescriptor StateMemberAddedWithoutDefault = new(
        DiagnosticIds.StateMemberAddedWithoutDefault, "A member added to a shipped state shape has no default value", "'{0}' was added to shipped stored type '{1}' without a default value; values stored by the deployed version do not carry it", "Twister.State", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A member added to a shipped state shape has no default value.", helpLinkUri: HelpLinkBase + DiagnosticIds.StateMemberAddedWithoutDefault + ".md");

    public static readonly DiagnosticDescriptor ShippedStateShapeMissing = new(
        DiagnosticIds.ShippedStateShapeMissing, "A shipped state shape is no longer stored", "Shipped stored type '{0}' is no longer stored by any connector; values of it are still in the store: keep storing it, or retire the line with *RETIRED*", "Twister.State", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A shipped state shape is no longer stored.", helpLinkUri: HelpLinkBase + DiagnosticIds.ShippedStateShapeMissing + ".md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SourceFromMutableIdentifier = new(
        DiagnosticIds.SourceFromMutableIdentifier, "An activity source is built from a mutable identifier", "Activity source is built from '{0}', which {1}; build it from an immutable id so that upserts do not create duplicate threads", "Twister.Sources", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An activity source is built from a mutable identifier.", helpLinkUri: HelpLinkBase + DiagnosticIds.SourceFromMutableIdentifier + ".md");

    public static readonly DiagnosticDescriptor ActivityWithoutSource = new(
        DiagnosticIds.ActivityWithoutSource, "A synced activity has no source", "This activity has no Source; without it Plot cannot upsert it and every sync creates a new thread", "Twister.Sources", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A synced activity has no source.", helpLinkUri: HelpLinkBase + DiagnosticIds.ActivityWithoutSource + ".md");

    public static readonly DiagnosticDescriptor MetaWithoutSyncProvider = new(
        DiagnosticIds.MetaWithoutSyncProvider, "A synced activity's meta lacks syncProvider", "This activity's meta has no SyncProvider; bulk operations on the connector's activities will miss it", "Twister.Meta", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A synced activity's meta lacks syncProvider.", helpLinkUri: HelpLinkBase + DiagnosticIds.MetaWithoutSyncProvider + ".md");

    public static readonly DiagnosticDescriptor MetaWithoutChannelId = new(
        DiagnosticIds.MetaWithoutChannelId, "A synced activity's meta lacks channelId", "This activity's meta has no ChannelId; disabling the channel cannot archive it", "Twister.Meta", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A synced activity's meta lacks channelId.", helpLinkUri: HelpLinkBase + DiagnosticIds.MetaWithoutChannelId + ".md");

    public static readonly DiagnosticDescriptor SyncFlagOutsideInitialSync = new(
        DiagnosticIds.SyncFlagOutsideInitialSync, "unread/archived set outside the initial sync", "'{0}' is set outside the initial-sync condition; incremental syncs must leave it null so the user's choice survives", "Twister.Sync", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Unread/archived set outside the initial sync.", helpLinkUri: HelpLinkBase + DiagnosticIds.SyncFlagOutsideInitialSync + ".md");

    public static readonly DiagnosticDescriptor HtmlStrippedLocally = new(
        DiagnosticIds.HtmlStrippedLocally, "HTML is stripped locally", "{0} strips HTML before it reaches Plot; pass the raw HTML with ContentType.Html instead", "Twister.Content", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "HTML is stripped locally.", helpLinkUri: HelpLinkBase + DiagnosticIds.HtmlStrippedLocally + ".md");

    public static readonly DiagnosticDescriptor WebhookRegisteredWithoutLocalCheck = new(
        DiagnosticIds.WebhookRegisteredWithoutLocalCheck, "A webhook URL is registered with the external service without a local-URL check", "The webhook URL '{0}' is handed to the external service here without a local-URL check; in local development it is a localhost URL the service cannot reach: register it only when !WebhookUrl.IsLocal({0})", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A webhook URL is registered with the external service without a local-URL check.", helpLinkUri: HelpLinkBase + DiagnosticIds.WebhookRegisteredWithoutLocalCheck + ".md");

    public static readonly DiagnosticDescriptor ChannelSetupNotUndone = new(
        DiagnosticIds.ChannelSetupNotUndone, "OnChannelDisabled does not undo what OnChannelEnabled set up", "{0} is set up when a channel is enabled, but {1}", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "OnChannelDisabled does not undo what OnChannelEnabled set up (store keys it wrote, webhooks and callbacks it created).", helpLinkUri: HelpLinkBase + DiagnosticIds.ChannelSetupNotUndone + ".md");

    public static readonly DiagnosticDescriptor WriteBackHooksWithoutHandleReplies = new(
        DiagnosticIds.HandleRepliesMismatch, "Write-back hooks without HandleReplies, or HandleReplies without the hooks", "'{0}' writes notes back, but the connector does not set [Connector(HandleReplies = true)], so the runtime never calls it", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Write-back hooks without HandleReplies, or HandleReplies without the hooks.", helpLinkUri: HelpLinkBase + DiagnosticIds.HandleRepliesMismatch + ".md");

    public static readonly DiagnosticDescriptor HandleRepliesWithoutHooks = new(
        DiagnosticIds.HandleRepliesMismatch, "Write-back hooks without HandleReplies, or HandleReplies without the hooks", "Connector '{0}' sets HandleReplies = true but overrides no write-back hook ({1}): replies its users write in Plot go nowhere", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Write-back hooks without HandleReplies, or HandleReplies without the hooks.", helpLinkUri: HelpLinkBase + DiagnosticIds.HandleRepliesMismatch + ".md");

    public static readonly DiagnosticDescriptor CreateLinkSavesItself = new(
        DiagnosticIds.CreateLinkSavesItself, "OnCreateLink saves the new item itself instead of returning it", "'{0}' saves an item into Plot while handling OnCreateLinkAsync; the runtime saves the link it returns, so this creates a duplicate thread: return the new link instead", "Twister.Lifecycle", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "OnCreateLink saves the new item itself instead of returning it (a duplicate thread).", helpLinkUri: HelpLinkBase + DiagnosticIds.CreateLinkSavesItself + ".md");

    public static readonly DiagnosticDescriptor WriteBackWithoutLoopGuard = new(
        DiagnosticIds.WriteBackWithoutLoopGuard, "A write-back hook writes to the external service without the author-type loop guard", "'{0}' writes to the external service before checking the note's author; return early when note.Author.Type == ActorType.Twist so the connector's own notes never loop back", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A write-back hook writes to the external service without the author-type loop guard.", helpLinkUri: HelpLinkBase + DiagnosticIds.WriteBackWithoutLoopGuard + ".md");

    public static readonly DiagnosticDescriptor EndlessTaskChain = new(
        DiagnosticIds.EndlessTaskChain, "A task chain with no end", "'{0}' queues '{1}' on every path ({2}): the chain of tasks never ends; queue the next task only while there is work left", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A task chain with no end: a callback that queues itself (directly or through other callbacks) on every path.", helpLinkUri: HelpLinkBase + DiagnosticIds.EndlessTaskChain + ".md");

    public static readonly DiagnosticDescriptor StateBetweenExecutions = new(
        DiagnosticIds.StateBetweenExecutions, "Instance state between executions", "'{0}' is read in an execution of '{1}' but only written in another ({2}); every execution runs on a new connector instance, so it reads the default here: keep the value in the Store", "Twister.Lifecycle", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Instance state between executions: a connector field written in one execution and read in another.", helpLinkUri: HelpLinkBase + DiagnosticIds.StateBetweenExecutions + ".md");

    public static readonly DiagnosticDescriptor UrlOutsideNetworkAccess = new(
        DiagnosticIds.UrlOutsideNetworkAccess, "An outbound URL known at compile time is not covered by [NetworkAccess]", "'{0}' is called by connector '{1}' but none of its [NetworkAccess] patterns covers it ({2}); the host refuses the request", "Twister.Lifecycle", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "An outbound URL whose origin is known at compile time is not covered by the connector's [NetworkAccess] patterns.", helpLinkUri: HelpLinkBase + DiagnosticIds.UrlOutsideNetworkAccess + ".md");

    private static readonly ConcurrentDictionary<DiagnosticDescriptor, DiagnosticDescriptor> CompilationEndTwins = new();

    /// <summary>
    /// The twin of <paramref name="descriptor"/> tagged <see cref="WellKnownDiagnosticTags.CompilationEnd"/>:
    /// a data rule reports a finding in a helper with it, once the end of the compilation shows that
    /// connector code reaches the helper. The same instance for every call.
    /// </summary>
    public static DiagnosticDescriptor AtCompilationEnd(DiagnosticDescriptor descriptor)
        => CompilationEndTwins.GetOrAdd(descriptor, d => new DiagnosticDescriptor(
            d.Id, d.Title, d.MessageFormat, d.Category, d.DefaultSeverity, d.IsEnabledByDefault, d.Description, d.HelpLinkUri,
            d.CustomTags.Append(WellKnownDiagnosticTags.CompilationEnd).ToArray()));
}
