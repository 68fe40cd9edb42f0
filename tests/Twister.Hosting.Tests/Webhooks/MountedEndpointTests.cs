using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twister.Hosting.Configuration;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Webhooks;

/// <summary>The webhook and health endpoints mapped into the user's own ASP.NET Core app, which then replaces the loopback server.</summary>
public sealed class MountedEndpointTests
{
    private static async Task<WebApplication> StartAsync(Action<WebApplication> map, Action<TwisterOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.TaskPollInterval = TimeSpan.FromMilliseconds(20);
                configure?.Invoke(o);
            })
            .AddConnector<CounterConnector>();
        builder.Services.AddHealthChecks().AddTwister();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static async Task<string> CreateWebhookAsync(TwisterHost twister)
    {
        await twister.InvokeCallbackAsync(CounterConnector.Name, "ListenForCounts", """["c"]"""u8.ToArray(), null, CancellationToken.None);
        return Assert.Single(await twister.GetWebhooksAsync()).Url;
    }

    private static async Task<string?> WaitForCounterAsync(TwisterHost twister, string expected)
    {
        for (var i = 0; i < 500; i++)
        {
            var value = await twister.ReadStoreAsync(CounterConnector.Name, "c", CancellationToken.None) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
            if (value == expected) return value;
            await Task.Delay(10);
        }
        return null;
    }

    [Fact]
    public async Task The_app_serves_webhooks_at_its_own_address_and_the_worker_runs_them()
    {
        await using var app = await StartAsync(a => a.MapTwisterWebhooks());
        var twister = app.Services.GetRequiredService<TwisterHost>();
        var appAddress = new Uri(app.Urls.Single());
        using var client = new HttpClient();

        var url = await CreateWebhookAsync(twister);
        using var accepted = await client.PostAsync(url, new StringContent("""{"by":3}""", Encoding.UTF8, "application/json"));
        using var unknown = await client.PostAsync(new Uri(appAddress, "/webhooks/" + new string('0', 64)), new StringContent("{}"));

        Assert.StartsWith($"http://127.0.0.1:{appAddress.Port}/webhooks/", url); // the app's address: no loopback server of its own
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("3", await WaitForCounterAsync(twister, "3"));
    }

    [Fact]
    public async Task Under_a_route_group_urls_start_with_the_configured_base_url()
    {
        await using var app = await StartAsync(
            a => a.MapGroup("/sync").MapTwisterWebhooks(),
            o => o.WebhookBaseUrl = new Uri("https://sync.example.com/sync"));
        var twister = app.Services.GetRequiredService<TwisterHost>();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var url = await CreateWebhookAsync(twister);
        var path = new Uri(url).AbsolutePath;
        using var accepted = await client.PostAsync(path, new StringContent("""{"by":2}""", Encoding.UTF8, "application/json"));

        Assert.StartsWith("https://sync.example.com/sync/webhooks/", url);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("2", await WaitForCounterAsync(twister, "2"));
    }

    [Fact]
    public async Task The_health_endpoint_reports_each_twister_check_as_json()
    {
        await using var app = await StartAsync(a => a.MapTwisterHealthChecks());
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await client.GetAsync("/health/twister");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal(["twister-queue", "twister-storage", "twister-worker"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal(0, checks.GetProperty("twister-queue").GetProperty("data").GetProperty("waiting").GetInt32());
    }
}
