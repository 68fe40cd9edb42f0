namespace Twister.Generators.Analyzers;

/// <summary>The ids of every Twister diagnostic, shared by the analyzers, the code fixes and the tests.</summary>
internal static class DiagnosticIds
{
    public const string ConnectorMustBePartial = "TWIST0001";
    public const string ConnectorMustDeriveFromConnectorOfSelf = "TWIST0002";
    public const string CallbackMethodShape = "TWIST0003";
    public const string FromInvocationNotFirst = "TWIST0004";
    public const string LinkTypeMemberWithoutStatus = "TWIST0005";
    public const string LinkTypeWithSeveralCreateDefaults = "TWIST0006";
    public const string GeneratedTypeMustBeTopLevelAndNonGeneric = "TWIST0007";
    public const string InvalidConnectorOptions = "TWIST0008";

    public const string CallbackParameterNotSerializable = "TWIST1001";
    public const string DuplicateCallbackKey = "TWIST1002";
    public const string CallbackNotInBaseline = "TWIST1003";
    public const string ShippedCallbackMissing = "TWIST1004";
    public const string ShippedParameterRemovedOrMoved = "TWIST1005";
    public const string ShippedParameterTypeChanged = "TWIST1006";
    public const string AddedParameterWithoutDefault = "TWIST1007";
    public const string StateShapeNotInBaseline = "TWIST1008";
    public const string StateMemberRemoved = "TWIST1009";
    public const string StateMemberTypeChanged = "TWIST1010";
    public const string StateMemberAddedWithoutDefault = "TWIST1011";
    public const string ShippedStateShapeMissing = "TWIST1012";

    public const string SourceFromMutableIdentifier = "TWIST2001";
    public const string ActivityWithoutSource = "TWIST2002";
    public const string MetaWithoutSyncProvider = "TWIST2003";
    public const string MetaWithoutChannelId = "TWIST2004";
    public const string SyncFlagOutsideInitialSync = "TWIST2005";

    public const string HtmlStrippedLocally = "TWIST3001";

    public const string WebhookRegisteredWithoutLocalCheck = "TWIST4001";
    public const string ChannelSetupNotUndone = "TWIST4002";
    public const string HandleRepliesMismatch = "TWIST4003";
    public const string CreateLinkSavesItself = "TWIST4004";
    public const string WriteBackWithoutLoopGuard = "TWIST4005";
    public const string EndlessTaskChain = "TWIST4006";
    public const string StateBetweenExecutions = "TWIST4007";
    public const string UrlOutsideNetworkAccess = "TWIST4008";
}
