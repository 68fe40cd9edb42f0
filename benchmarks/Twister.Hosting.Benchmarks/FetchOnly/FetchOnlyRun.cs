using System.Diagnostics;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear.Api;
using Twister.Samples.Linear.Sync;

namespace Twister.Hosting.Benchmarks.FetchOnly;

/// <summary>
/// The part of a host sync that is not the host: the same pages fetched from the same fake service with
/// the sample's <see cref="LinearClient"/> and mapped with <see cref="IssueActivity.From"/>, with no
/// store, queue, budget or transaction. The host's time minus this is what the host itself costs.
/// </summary>
internal static class FetchOnlyRun
{
    /// <summary>Fetches and maps <paramref name="items"/> issues spread over <paramref name="teams"/> teams.</summary>
    /// <exception cref="InvalidOperationException">Fewer or more issues arrived than were seeded.</exception>
    public static async Task<FetchOnlyResult> RunAsync(int items, int teams, CancellationToken cancellationToken)
    {
        var data = FakeLinearData.Seed(teams, items / teams);
        await using var linear = new FakeLinearService(data);
        await linear.StartAsync(cancellationToken);
        using var http = new HttpClient(new OriginRewriter(linear.BaseAddress) { InnerHandler = new SocketsHttpHandler() });
        var client = new LinearClient(http, linear.Token);

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var mapped = 0;
        var pages = 0;
        foreach (var team in await client.GetTeamsAsync(cancellationToken))
        {
            string? cursor = null;
            while (true)
            {
                var page = await client.GetIssuesAsync(team.Id, cursor, cancellationToken);
                pages++;
                foreach (var issue in page.Nodes)
                {
                    if (IssueActivity.From(issue, team.Id, initialSync: true).Source is not null) mapped++;
                }
                if (!page.PageInfo.HasNextPage) break;
                cursor = page.PageInfo.EndCursor;
            }
        }
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (mapped != items) throw new InvalidOperationException($"Fetched {mapped} issues, expected {items}.");
        return new FetchOnlyResult(mapped, pages, clock.Elapsed, allocated);
    }

    /// <summary>Sends the client's <c>https://api.linear.app/</c> requests to the fake service, as the host's origin mapping does.</summary>
    private sealed class OriginRewriter(Uri target) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(target, request.RequestUri!.PathAndQuery.TrimStart('/'));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>What one fetch-only run measured.</summary>
/// <param name="Items">Issues fetched and mapped.</param>
/// <param name="Pages">Pages requested.</param>
/// <param name="Duration">From the team list to the last page.</param>
/// <param name="AllocatedBytes">Bytes allocated meanwhile (the fake service's included, as in the host run).</param>
internal sealed record FetchOnlyResult(int Items, int Pages, TimeSpan Duration, long AllocatedBytes)
{
    /// <summary>Issues fetched and mapped per second.</summary>
    public double ItemsPerSecond => Items / Duration.TotalSeconds;
}
