namespace Twister.Hosting.OpenTelemetry.Tests;

/// <summary>Fetches URLs of a probe service in queued tasks: the failing and rescheduled executions of the telemetry tests.</summary>
[Connector(Name)]
[NetworkAccess(Origin + "/*")]
internal sealed partial class ProbeConnector : Connector<ProbeConnector>
{
    public const string Name = "probe";
    public const string Origin = "https://api.probe.test";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    [Callback]
    private async Task Queue(string path, CancellationToken ct)
        => await Tools.Tasks.RunTaskAsync(Callbacks.Get(path), ct);

    [Callback]
    private async Task Get(string path, CancellationToken ct)
    {
        using var response = await Tools.Network.Http.GetAsync(Origin + path, ct);
        response.EnsureSuccessStatusCode();
    }
}
