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
    public async Task With_a_public_address_webhook_urls_are_built_on_it_and_still_deliver()
    {
        await using var host = TwisterTestHost.Create<CounterConnector>(o => o.PublicWebhookBaseAddress = new Uri("https://hooks.example.test/ignored/path"));
        await host.InvokeCallbackAsync("ListenForCounts", """["hooked"]""");
        var url = Assert.Single(await host.GetWebhooksAsync()).Url;

        var delivery = await host.DeliverWebhookAsync(url, """{"by": 2}""");
        await host.RunPendingTasksAsync();

        Assert.StartsWith("https://hooks.example.test/webhooks/", url, StringComparison.Ordinal);
        Assert.False(WebhookUrl.IsLocal(url));
        Assert.Equal(202, delivery.StatusCode);
        Assert.Equal("2", await host.GetStoredJsonAsync("hooked"));
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("ftp://hooks.example.test/")]
    public void A_public_address_that_is_not_absolute_http_is_refused_with_its_name(string address)
    {
        var error = Assert.Throws<ArgumentException>(() => TwisterTestHost.Create<CounterConnector>(o => o.PublicWebhookBaseAddress = new Uri(address, UriKind.RelativeOrAbsolute)));

        Assert.Contains("PublicWebhookBaseAddress", error.Message, StringComparison.Ordinal);
    }
}
