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

    [Fact]
    public async Task The_query_string_of_the_url_delivered_to_reaches_the_callback()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>();
        await host.InvokeCallbackAsync("ListenForQuery", """["query"]""");
        var url = Assert.Single(await host.GetWebhooksAsync()).Url;

        Assert.Equal(202, (await host.DeliverWebhookAsync(url + "?secret=s3cr%20t&b=1&b=2", "{}")).StatusCode);
        await host.RunPendingTasksAsync();

        Assert.Equal("\"b=1,2;secret=s3cr t\"", await host.GetStoredJsonAsync("query"));
    }

    [Fact]
    public async Task A_public_webhook_address_gives_urls_that_are_not_local_and_still_deliver()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.WebhookBaseUrl = new Uri("https://hooks.example.com/"));
        await host.InvokeCallbackAsync("ListenForCounts", """["hooked"]""");
        var url = Assert.Single(await host.GetWebhooksAsync()).Url;

        var delivery = await host.DeliverWebhookAsync(url, """{"by": 2}""");
        await host.RunPendingTasksAsync();

        Assert.StartsWith("https://hooks.example.com/webhooks/", url, StringComparison.Ordinal);
        Assert.False(WebhookUrl.IsLocal(url));
        Assert.Equal(202, delivery.StatusCode);
        Assert.Equal("2", await host.GetStoredJsonAsync("hooked"));
    }
}
