using Twister.Runtime;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// A connector without an external service: counters in the store, scheduled and cancelled tasks,
/// inline callback tokens and a store-heavy callback for the budget.
/// </summary>
[Connector(Name)]
internal sealed partial class CounterConnector : Connector<CounterConnector>
{
    public const string Name = "counter";

    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([new Channel("main", "Main")]);

    public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    [Callback]
    private async Task Increment(string counter, int by = 1, CancellationToken ct = default)
    {
        var value = await Store.GetAsync<int>(counter, ct);
        await Store.SetAsync(counter, value + by, ct);
    }

    [Callback]
    private async Task ScheduleIncrement(string counter, DateTimeOffset runAt, CancellationToken ct)
    {
        var taskId = await Tools.Tasks.RunTaskAsync(Callbacks.Increment(counter, 1), runAt, ct);
        await Store.SetAsync($"task/{counter}", taskId, ct);
    }

    [Callback]
    private async Task ScheduleIncrementIn(string counter, int minutes, CancellationToken ct)
        => await Tools.Tasks.RunTaskAsync(Callbacks.Increment(counter, 1), Tools.Clock.GetUtcNow().AddMinutes(minutes), ct);

    [Callback]
    private async Task CancelScheduled(string counter, CancellationToken ct)
    {
        var taskId = await Store.GetAsync<string>($"task/{counter}", ct);
        if (taskId is not null) await Tools.Tasks.CancelTaskAsync(taskId, ct);
    }

    [Callback]
    private async Task ReadStore(int reads, CancellationToken ct)
    {
        for (var i = 0; i < reads; i++) await Store.GetAsync<int>("anything", ct);
    }

    [Callback]
    private async Task IncrementThroughToken(string counter, CancellationToken ct)
    {
        var token = await Tools.Callbacks.CreateAsync(Callbacks.Increment(counter, 5), ct);
        await Tools.Callbacks.RunAsync(token, ct);
    }

    [Callback]
    private async Task ListenForCounts(string counter, CancellationToken ct)
        => await Runtime.Network.CreateWebhookAsync(Callbacks.CountFromWebhook(counter), ct); // webhooks only: no [NetworkAccess], so no typed Tools.Network

    [Callback]
    private Task CountFromWebhook(WebhookRequest request, string counter, CancellationToken ct)
    {
        using var body = System.Text.Json.JsonDocument.Parse(request.Body);
        return Increment(counter, body.RootElement.GetProperty("by").GetInt32(), ct);
    }

#pragma warning disable TWIST4006 // an endless chain on purpose: the tests stop it
    [Callback]
    private async Task ListenForQuery(string key, CancellationToken ct)
        => await Runtime.Network.CreateWebhookAsync(Callbacks.StoreQuery(key), ct);

    [Callback]
    private async Task StoreQuery(WebhookRequest request, string key, CancellationToken ct)
        => await Store.SetAsync(key, string.Join(";", request.Query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")), ct);

    [Callback]
    private async Task Forever(CancellationToken ct)
        => await Tools.Tasks.RunTaskAsync(Callbacks.Forever(), ct);
#pragma warning restore TWIST4006

    [Callback]
    private async Task QueueFailing(string counter, CancellationToken ct)
        => await Tools.Tasks.RunTaskAsync(Callbacks.IncrementThenFail(counter), ct);

    [Callback]
    private async Task IncrementThenFail(string counter, CancellationToken ct)
    {
        await Increment(counter, 1, ct);
        throw new InvalidOperationException("fails after writing");
    }

    [Callback]
    private async Task QueueSelfCancelling(string counter, CancellationToken ct)
        => await Store.SetAsync($"task/{counter}", await Tools.Tasks.RunTaskAsync(Callbacks.CancelSelfThenIncrement(counter), ct), ct);

    [Callback]
    private async Task CancelSelfThenIncrement(string counter, CancellationToken ct)
    {
        if (await Store.GetAsync<string>($"task/{counter}", ct) is { } own) await Tools.Tasks.CancelTaskAsync(own, ct);
        await Tools.Tasks.CancelAllAsync(ct);
        await Increment(counter, 1, ct);
    }
}
