using Twister.Runtime;

namespace Twister.Hosting.Orleans.Tests.Connectors;

/// <summary>
/// Version 1 of a connector: enabling a channel persists a webhook token and a task scheduled a few seconds
/// ahead, both naming callbacks with one argument.
/// </summary>
[Connector(Name)]
internal sealed partial class VersionedConnectorV1 : Connector<VersionedConnectorV1>
{
    public const string Name = "versioned";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await Runtime.Network.CreateWebhookAsync(Callbacks.OnWebhook("webhook"), cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.Record("task"), DateTimeOffset.UtcNow.AddSeconds(3), cancellationToken);
    }

    [Callback]
    private ValueTask Record(string label, CancellationToken cancellationToken) => Store.SetAsync(label, $"{label}:v1", cancellationToken);

    [Callback]
    private ValueTask OnWebhook(WebhookRequest request, string label, CancellationToken cancellationToken) => Store.SetAsync(label, $"{label}:v1", cancellationToken);
}

/// <summary>Version 2 of <see cref="VersionedConnectorV1"/> (same name): each callback gained a parameter with a default, appended.</summary>
[Connector(Name)]
internal sealed partial class VersionedConnectorV2 : Connector<VersionedConnectorV2>
{
    public const string Name = VersionedConnectorV1.Name;

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    [Callback]
    private ValueTask Record(string label, int weight = 7, CancellationToken cancellationToken = default)
        => Store.SetAsync(label, $"{label}:v2:{weight}", cancellationToken);

    [Callback]
    private ValueTask OnWebhook(WebhookRequest request, string label, int weight = 7, CancellationToken cancellationToken = default)
        => Store.SetAsync(label, $"{label}:v2:{weight}", cancellationToken);
}
