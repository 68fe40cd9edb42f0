using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Testing.Tests;

public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task A_delivered_webhook_is_queued_and_runs_with_the_request_when_tasks_run()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ListenForCounts", """["hooked"]""");
        var webhook = Assert.Single(await host.GetWebhooksAsync());

        var delivery = await host.DeliverWebhookAsync(webhook.Url, """{"by": 4}""");
        var before = await host.GetStoredJsonAsync("hooked");
        await host.RunPendingTasksAsync();

        Assert.Equal(202, delivery.StatusCode);
        Assert.Null(before);
        Assert.Equal("4", await host.GetStoredJsonAsync("hooked"));
        Assert.Equal("CountFromWebhook", webhook.CallbackKey);
    }

    [Fact]
    public async Task Deliveries_get_the_endpoints_status_codes_without_a_socket()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.MaxWebhookBodyBytes = 64);
        await host.InvokeCallbackAsync("ListenForCounts", """["hooked"]""");
        var url = Assert.Single(await host.GetWebhooksAsync()).Url;

        Assert.Equal(400, (await host.DeliverWebhookAsync(url, "{not json")).StatusCode);
        Assert.Equal(413, (await host.DeliverWebhookAsync(url, $"\"{new string('x', 100)}\"")).StatusCode);
        Assert.Equal(404, (await host.DeliverWebhookAsync("http://localhost/webhooks/unknown", "{}")).StatusCode);
        Assert.Equal(202, (await host.DeliverWebhookAsync(url, "not json, and not declared as json", "text/plain")).StatusCode);
    }
}
