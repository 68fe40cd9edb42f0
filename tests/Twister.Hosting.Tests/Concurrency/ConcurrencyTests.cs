using System.Text;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Concurrency;

/// <summary>Executions of different channels run in parallel; executions of one channel run one at a time, in order.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Executions_of_different_channels_run_at_the_same_time()
    {
        await using var host = await GateHost.StartAsync(new() { ["a"] = ["a1"], ["b"] = ["b1"] });
        host.Close("a1");
        host.Close("b1");

        await host.EnableAsync("a");
        await host.EnableAsync("b");

        // Both are inside connector code at once: neither gate has been opened yet.
        await host.WaitForEventAsync("enter:a1");
        await host.WaitForEventAsync("enter:b1");
        host.Open("a1");
        host.Open("b1");
        await host.WaitForEventAsync("leave:a1");
        await host.WaitForEventAsync("leave:b1");
    }

    [Fact]
    public async Task Executions_of_one_channel_run_one_at_a_time_in_queue_order_while_other_channels_proceed()
    {
        string[] Steps(string channel) => [.. Enumerable.Range(1, 12).Select(i => $"{channel}{i}")];
        await using var host = await GateHost.StartAsync(new() { ["a"] = Steps("a"), ["b"] = Steps("b"), ["c"] = Steps("c") }, o => o.MaxConcurrentExecutions = 3);

        foreach (var channel in new[] { "a", "b", "c" }) await host.EnableAsync(channel);
        await GateHost.WaitForAsync(() => host.Events.Count(e => e.StartsWith("leave:", StringComparison.Ordinal)) == 36, "every step");

        foreach (var channel in new[] { "a", "b", "c" })
        {
            var own = host.Events.Where(e => e.Contains($":{channel}", StringComparison.Ordinal) && !e.StartsWith("enabled", StringComparison.Ordinal)).ToList();
            Assert.Equal(Steps(channel).SelectMany(s => new[] { $"enter:{s}", $"leave:{s}" }), own);
        }
        Assert.All(await host.Twister.GetTasksAsync(), t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
    }

    [Fact]
    public async Task A_webhook_is_accepted_while_an_execution_of_its_own_channel_and_of_another_wait_and_runs_after_them()
    {
        await using var host = await GateHost.StartAsync(new() { ["a"] = ["a1"], ["b"] = ["b1"] });
        host.Close("a1");
        host.Close("b1");
        await host.EnableAsync("a");
        await host.EnableAsync("b");
        await host.WaitForEventAsync("enter:a1");
        await host.WaitForEventAsync("enter:b1");
        var webhooks = await host.Twister.GetWebhooksAsync();

        // Accepted and persisted while both channels are busy inside connector code.
        foreach (var webhook in webhooks)
        {
            var delivery = await host.Twister.DeliverWebhookAsync(webhook.Url, new WebhookRequest("POST", new Dictionary<string, string>(), Encoding.UTF8.GetBytes("hi")));
            Assert.True(delivery.IsAccepted);
        }
        Assert.DoesNotContain(host.Events, e => e.StartsWith("leave:", StringComparison.Ordinal));
        Assert.Equal(2, (await host.Twister.GetTasksAsync()).Count(t => t.IsWebhookDelivery && t.Status == QueuedTaskStatus.Pending));

        host.Open("a1");
        host.Open("b1");
        await host.WaitForEventAsync("webhook:a:hi");
        await host.WaitForEventAsync("webhook:b:hi");
        var events = host.Events.ToList();
        Assert.True(events.IndexOf("leave:a1") < events.IndexOf("webhook:a:hi"));
        Assert.True(events.IndexOf("leave:b1") < events.IndexOf("webhook:b:hi"));
    }

    [Fact]
    public async Task A_lifecycle_call_on_a_busy_channel_waits_for_its_turn()
    {
        await using var host = await GateHost.StartAsync(new() { ["a"] = ["a1"] });
        host.Close("a1");
        await host.EnableAsync("a");
        await host.WaitForEventAsync("enter:a1");

        var again = host.EnableAsync("a");
        await Task.Delay(200); // room for a wrong implementation to run the hook now; a right one waits regardless
        host.Open("a1");
        await again;

        var events = host.Events.ToList();
        Assert.Equal(["enabled:a", "enter:a1", "leave:a1", "enabled:a"], events.Take(4));
    }
}
