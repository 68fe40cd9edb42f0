using System.Collections.Concurrent;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// A connector whose work a test controls: each channel's enable queues the steps it is given, each step
/// records when it enters and leaves (per test run), and a step can wait at a gate the test opens.
/// </summary>
[Connector(Name)]
internal sealed partial class GateConnector : Connector<GateConnector>
{
    public const string Name = "gates";

    /// <summary>What ran, in order, per run id: "enter:step", "leave:step", "enabled:channel".</summary>
    public static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Events = new();

    /// <summary>Gates by "run/step": a step named like one waits until the test opens it.</summary>
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Gates = new();

    /// <summary>Steps each channel's enable queues, by "run/channel".</summary>
    public static readonly ConcurrentDictionary<string, string[]> Plans = new();

    public static TaskCompletionSource Gate(string run, string step) => Gates.GetOrAdd($"{run}/{step}", _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    public static IReadOnlyList<string> EventsOf(string run) => [.. Events.GetOrAdd(run, _ => new())];

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([.. token.Token.Split(',').Select(id => new Channel(id, id.ToUpperInvariant()))]);

#pragma warning disable TWIST4002 // a test connector: its channels are never disabled
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        var run = (await Store.GetAsync<string>("run", cancellationToken))!;
        Events.GetOrAdd(run, _ => new()).Enqueue($"enabled:{channel.Id}");
        foreach (var step in Plans.GetValueOrDefault($"{run}/{channel.Id}", []))
            await Tools.Tasks.RunTaskAsync(Callbacks.Step(run, step), cancellationToken);
        await Runtime.Network.CreateWebhookAsync(Callbacks.Delivered(run, channel.Id), cancellationToken); // webhooks only: no [NetworkAccess]
    }
#pragma warning restore TWIST4002

    [Callback]
    private async Task Start(string run, CancellationToken ct) => await Store.SetAsync("run", run, ct);

    [Callback]
    private async Task Step(string run, string step, CancellationToken ct)
    {
        var events = Events.GetOrAdd(run, _ => new());
        events.Enqueue($"enter:{step}");
        if (Gates.TryGetValue($"{run}/{step}", out var gate)) await gate.Task.WaitAsync(ct);
        await Task.Delay(2, ct);
        await Store.SetAsync($"done/{step}", true, ct);
        events.Enqueue($"leave:{step}");
    }

    [Callback]
    private Task Delivered(WebhookRequest request, string run, string channelId, CancellationToken ct)
    {
        Events.GetOrAdd(run, _ => new()).Enqueue($"webhook:{channelId}:{request.RawBody}");
        return Task.CompletedTask;
    }
}
