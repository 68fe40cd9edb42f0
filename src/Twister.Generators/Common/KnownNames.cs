namespace Twister.Generators.Common;

/// <summary>Metadata names of the runtime library's types that the generators and analyzers look for.</summary>
internal static class KnownNames
{
    public const string ConnectorAttribute = "Twister.ConnectorAttribute";
    public const string NetworkAccessAttribute = "Twister.NetworkAccessAttribute";
    public const string CallbackAttribute = "Twister.CallbackAttribute";
    public const string FromInvocationAttribute = "Twister.FromInvocationAttribute";
    public const string LinkTypeAttribute = "Twister.LinkTypeAttribute";
    public const string StatusAttribute = "Twister.StatusAttribute";
    public const string OptionAttribute = "Twister.OptionAttribute";
    public const string ImmutableIdAttribute = "Twister.ImmutableIdAttribute";
    public const string MutableIdAttribute = "Twister.MutableIdAttribute";
    public const string ConnectorBase = "Twister.Connector`1";
    public const string TwistBase = "Twister.Twist`1";
    public const string WebhookRequest = "Twister.WebhookRequest";
    public const string NewActivity = "Twister.NewActivity";
    public const string ActivityMeta = "Twister.ActivityMeta";
    public const string NewNote = "Twister.NewNote";
    public const string ConnectorStore = "Twister.Tools.ConnectorStore";
    public const string CancellationToken = "System.Threading.CancellationToken";
}
