using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Twister.Hosting.Benchmarks.Webhooks;

/// <summary>
/// Webhook accept latency over real HTTP to the loopback endpoint, while the <c>busy</c> channel's execution
/// waits on 2 s outbound calls (one after another, for the whole run): deliveries to another channel, then
/// to the busy channel itself (accepted and queued behind its running execution). Each delivery is one POST timed from send to the 202; they are sent one at a
/// time. The worker runs 4 channels at once on a SQLite file, as a default host does.
/// </summary>
internal static class WebhookLatencyRun
{
    private const int Warmup = 200;

    public static async Task<WebhookLatencyResult> RunAsync(int deliveries, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("twister-webhookbench-").FullName;
        try
        {
            await using var slow = await SlowService.StartAsync();
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.Services.AddTwister(o =>
            {
                o.DatabasePath = Path.Combine(folder, "twister.db");
                o.MaxConcurrentExecutions = 4;
                o.MapOrigin(LatencyConnector.SlowOrigin, slow.BaseAddress);
            }).AddConnector<LatencyConnector>(c => c.DevelopmentToken = "token");
            using var app = builder.Build();
            await app.StartAsync(cancellationToken);
            var twister = app.Services.GetRequiredService<TwisterHost>();
            var connector = twister.Connector<LatencyConnector>();
            await connector.InstallAsync(cancellationToken: cancellationToken);
            await connector.EnableChannelAsync(LatencyConnector.Busy, cancellationToken);
            await connector.EnableChannelAsync(LatencyConnector.Hooks, cancellationToken);
            var urls = (await twister.GetWebhooksAsync(cancellationToken)).ToDictionary(w => w.ChannelId, w => w.Url);
            await WaitAsync(() => Task.FromResult(slow.InFlight > 0), "the busy channel's first slow call");

            using var http = new HttpClient();
            await SendAsync(http, urls[LatencyConnector.Hooks], Warmup, slow, cancellationToken);
            var toOther = await SendAsync(http, urls[LatencyConnector.Hooks], deliveries, slow, cancellationToken);
            var toBusy = await SendAsync(http, urls[LatencyConnector.Busy], deliveries, slow, cancellationToken);

            await WaitAsync(async () => await CountAsync(twister, LatencyConnector.Hooks) == Warmup + deliveries, "the deliveries to run");
            var result = new WebhookLatencyResult(
                [
                    toOther with { Label = "another channel", Ran = await CountAsync(twister, LatencyConnector.Hooks) - Warmup },
                    toBusy with { Label = "the busy channel itself (queued behind its running execution)", Ran = await CountAsync(twister, LatencyConnector.Busy) },
                ],
                slow.Completed);
            await app.StopAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Posts <paramref name="count"/> deliveries one at a time, each timed; every one must be accepted while a slow call is in flight.</summary>
    private static async Task<LatencySeries> SendAsync(HttpClient http, string url, int count, SlowService slow, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        var accepted = 0;
        var duringSlowCall = 0;
        for (var i = 0; i < count; i++)
        {
            using var body = new StringContent($$"""{"n":{{i}}}""", Encoding.UTF8, "application/json");
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsync(url, body, cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode == System.Net.HttpStatusCode.Accepted) accepted++;
            if (slow.InFlight > 0) duringSlowCall++;
        }
        if (accepted != count) throw new InvalidOperationException($"{count - accepted} deliveries were not accepted.");
        // The busy channel's chain of slow calls has a short gap between calls (commit, next claim): allow 5 %.
        if (duringSlowCall < count * 95 / 100) throw new InvalidOperationException($"Only {duringSlowCall} of {count} deliveries were sent while a slow call was in flight.");
        return new LatencySeries("", latencies, accepted, 0);
    }

    private static async Task<int> CountAsync(TwisterHost twister, string channel)
        => await twister.ReadStoreAsync(LatencyConnector.Name, $"deliveries/{channel}", CancellationToken.None) is { } json
            ? int.Parse(Encoding.UTF8.GetString(json), System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }
}

/// <summary>The deliveries to one channel.</summary>
/// <param name="Label">Which channel.</param>
/// <param name="Latencies">Each delivery's time from send to 202, in milliseconds.</param>
/// <param name="Accepted">Deliveries answered 202.</param>
/// <param name="Ran">Deliveries whose execution had run by the end.</param>
internal sealed record LatencySeries(string Label, IReadOnlyList<double> Latencies, int Accepted, int Ran);

/// <summary>The webhook benchmark's result.</summary>
/// <param name="Series">Deliveries per target channel.</param>
/// <param name="SlowCallsCompleted">2 s calls the busy channel completed during the run.</param>
internal sealed record WebhookLatencyResult(IReadOnlyList<LatencySeries> Series, int SlowCallsCompleted);
