using Twister.Runtime;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// A connector without an external service: counters in the store, scheduled and cancelled tasks,
/// inline callback tokens and a store-heavy callback for the budget.
/// </summary>
internal sealed class CounterConnector : Connector<CounterConnector>, IConnectorDefinition
{
    public const string Name = "counter";

    public static ConnectorDescriptor Descriptor { get; } = new TestDescriptor<CounterConnector>(
        callbacks => new ConnectorManifest(Name, typeof(CounterConnector).FullName!, AuthProvider.None, [], [], false, [], callbacks),
        new Dictionary<string, Func<CounterConnector, CallbackArguments, object?, CancellationToken, Task>>
        {
            ["Increment"] = (c, a, _, ct) => c.Increment(a.String(0), a.Int32(1, defaultValue: 1), ct),
            ["ScheduleIncrement"] = (c, a, _, ct) => c.ScheduleIncrement(a.String(0), a.Time(1), ct),
            ["CancelScheduled"] = (c, a, _, ct) => c.CancelScheduled(a.String(0), ct),
            ["ReadStore"] = (c, a, _, ct) => c.ReadStore(a.Int32(0), ct),
            ["IncrementThroughToken"] = (c, a, _, ct) => c.IncrementThroughToken(a.String(0), ct),
            ["IncrementThenFail"] = (c, a, _, ct) => c.IncrementThenFail(a.String(0), ct),
            ["QueueFailing"] = (c, a, _, ct) => c.QueueFailing(a.String(0), ct),
            ["ListenForCounts"] = (c, a, _, ct) => c.ListenForCounts(a.String(0), ct),
            ["CountFromWebhook"] = (c, a, request, ct) => c.CountFromWebhook((WebhookRequest)request!, a.String(0), ct),
            ["Forever"] = (c, _, _, ct) => c.Forever(ct),
        });

    public static Callback Increment(string counter, int by) => new("Increment", CallbackArguments.Of(counter, by));

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task Increment(string counter, int by, CancellationToken ct)
    {
        var value = await Store.GetAsync<int>(counter, ct);
        await Store.SetAsync(counter, value + by, ct);
    }

    private async Task ScheduleIncrement(string counter, DateTimeOffset runAt, CancellationToken ct)
    {
        var taskId = await Runtime.Tasks.RunTaskAsync(Increment(counter, 1), runAt, ct);
        await Store.SetAsync($"task/{counter}", taskId, ct);
    }

    private async Task CancelScheduled(string counter, CancellationToken ct)
    {
        var taskId = await Store.GetAsync<string>($"task/{counter}", ct);
        if (taskId is not null) await Runtime.Tasks.CancelTaskAsync(taskId, ct);
    }

    private async Task ReadStore(int reads, CancellationToken ct)
    {
        for (var i = 0; i < reads; i++) await Store.GetAsync<int>("anything", ct);
    }

    private async Task IncrementThroughToken(string counter, CancellationToken ct)
    {
        var token = await Runtime.Callbacks.CreateAsync(Increment(counter, 5), ct);
        await Runtime.Callbacks.RunAsync(token, ct);
    }

    private async Task ListenForCounts(string counter, CancellationToken ct)
        => await Runtime.Network.CreateWebhookAsync(new Callback<WebhookRequest>("CountFromWebhook", CallbackArguments.Of(counter)), ct);

    private Task CountFromWebhook(WebhookRequest request, string counter, CancellationToken ct)
    {
        using var body = System.Text.Json.JsonDocument.Parse(request.Body);
        return Increment(counter, body.RootElement.GetProperty("by").GetInt32(), ct);
    }

    private async Task Forever(CancellationToken ct)
        => await Runtime.Tasks.RunTaskAsync(new Callback("Forever", CallbackArguments.Of()), ct);

    private async Task QueueFailing(string counter, CancellationToken ct)
        => await Runtime.Tasks.RunTaskAsync(new Callback("IncrementThenFail", CallbackArguments.Of(counter)), ct);

    private async Task IncrementThenFail(string counter, CancellationToken ct)
    {
        await Increment(counter, 1, ct);
        throw new InvalidOperationException("fails after writing");
    }
}
