using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Twister.Hosting.Execution;
using Twister.Hosting.Orleans;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;
using Twister.Samples.Linear.Sync;

namespace Twister.Samples.Cluster;

/// <summary>
/// The Linear demo's scenario on a cluster: the fake Linear-like service (2 teams, 250 issues each), N silos in
/// this process or several, install and enable both teams through the cluster's front door, the initial sync
/// run by the channels' grains, an issue edited and its webhook posted to the last silo, a Plot note written
/// back, then a summary. The tests run this method as <c>dotnet run</c> does.
/// </summary>
public static class ClusterScenario
{
    /// <summary>Teams in the fake service (one channel each).</summary>
    public const int Teams = 2;

    /// <summary>Issues per team.</summary>
    public const int IssuesPerTeam = 250;

    /// <summary>Runs the scenario once.</summary>
    /// <param name="options">The database, the silos and processes, the cluster id.</param>
    /// <param name="report">Where progress lines go.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The summary; the run failed when it reports failed executions or when this throws.</returns>
    public static async Task<ClusterSummary> RunAsync(SampleOptions options, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        var stopwatch = Stopwatch.StartNew();
        await using var linear = new FakeLinearService(FakeLinearData.Seed(Teams, IssuesPerTeam));
        await linear.StartAsync(cancellationToken);
        report($"Fake Linear-like service on {linear.BaseAddress} ({linear.Data.Teams.Count} teams, {linear.Data.IssueCount} issues)");

        var others = options.Processes - 1;
        var silosEach = options.Silos / options.Processes;
        var silos = await StartSilosAsync(options with { Silos = options.Silos - others * silosEach }, (linear.BaseAddress, linear.Token), cancellationToken);
        try
        {
            await using var processes = await SiloProcesses.StartAsync(options, (linear.BaseAddress, linear.Token), others, silosEach, cancellationToken);
            report($"Cluster '{options.ClusterId}': {options.Silos} silos in {options.Processes} process(es), membership and data in {silos[0].Twister.StorageLocation}");
            // Deliveries go to the last silo started, in another process when there is one: any silo takes any webhook.
            var lastSilo = processes.Addresses.Count > 0 ? processes.Addresses[^1] : silos[^1].Address;
            return await RunOnAsync(silos, lastSilo, linear, options, report, stopwatch, cancellationToken);
        }
        finally
        {
            foreach (var silo in silos) await silo.DisposeAsync();
        }
    }

    /// <summary>Starts <paramref name="options"/>' silos in this process, the first one's address as the public webhook address.</summary>
    public static async Task<IReadOnlyList<SampleSilo>> StartSilosAsync(SampleOptions options, (Uri Address, string Token) linear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var silos = new List<SampleSilo>();
        try
        {
            for (var i = 0; i < options.Silos; i++)
                silos.Add(await SampleSilo.StartAsync(options, linear, silos.Count > 0 ? silos[0].Address : null, cancellationToken));
        }
        catch
        {
            foreach (var silo in silos) await silo.DisposeAsync();
            throw;
        }
        return silos;
    }

    private static async Task<ClusterSummary> RunOnAsync(IReadOnlyList<SampleSilo> silos, Uri lastSilo, FakeLinearService linear, SampleOptions options, Action<string> report, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var twister = silos[0].Twister;
        var known = (await twister.GetExecutionsAsync(cancellationToken)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var connector = twister.Connector<IssueConnector>();
        var channels = await connector.InstallAsync(cancellationToken: cancellationToken);
        report($"Installed '{connector.Name}': channels {string.Join(", ", channels.Select(c => c.Title))}");
        await Task.WhenAll(channels.Select(c => connector.EnableChannelAsync(c.Id)));
        report($"Enabled {channels.Count} channels: each channel's grain runs its sync batches, in order, on whichever silo it lives");

        await WaitForSyncAsync(twister, known, report, cancellationToken);

        var team = channels[0].Id;
        var issue = linear.Data.GetIssues(team, after: null, first: 1).Nodes[0];
        var webhook = new Uri((await twister.GetWebhooksAsync(cancellationToken)).Single(w => w.ChannelId == team).Url);
        linear.Data.EditIssue(issue.Id, title: "Edited in Linear: the webhook carried this title", descriptionHtml: "<p>The description was <strong>edited</strong>.</p>");
        using (var http = new HttpClient())
        using (var body = new StringContent(linear.BuildWebhookPayload(issue.Id), Encoding.UTF8, "application/json"))
        using (var response = await http.PostAsync(new Uri(lastSilo, webhook.AbsolutePath), body, cancellationToken))
        {
            report($"Posted {issue.Identifier}'s edit to {lastSilo} (webhook URL {webhook}): {(int)response.StatusCode}");
            response.EnsureSuccessStatusCode();
        }
        var activity = await WaitForAsync(async () => await twister.Plot.FindActivityAsync(IssueActivity.SourceOf(issue.Id), cancellationToken) is { Title: var title } found && title!.Contains("Edited", StringComparison.Ordinal) ? found : null, cancellationToken);
        report($"The channel's grain applied the delivery: \"{activity.Title}\"");

        var note = await twister.Plot.AddNoteAsync(activity.Id, "Written in Plot, sent back to Linear as a comment by the channel's grain.", cancellationToken: cancellationToken);
        var comment = linear.Data.GetComments(issue.Id).LastOrDefault() ?? throw new InvalidOperationException("The Plot note was not written back as a comment.");
        report($"Added a Plot note; the fake service received comment {comment.Id} (note key {note.Key})");

        return await SummarizeAsync(silos, options, known, stopwatch, cancellationToken);
    }

    // Progress counts this run's sync batches (the database may already hold the activities of an earlier run).
    private static async Task WaitForSyncAsync(TwisterCluster twister, HashSet<string> known, Action<string> report, CancellationToken cancellationToken)
    {
        var reported = -1;
        bool pending;
        do
        {
            pending = (await twister.GetTasksAsync(cancellationToken)).Any(t => t.Status == QueuedTaskStatus.Pending);
            var batches = (await twister.GetExecutionsAsync(cancellationToken)).Count(e => !known.Contains(e.Id) && e.CallbackKey == nameof(IssueConnector.Callbacks.SyncBatch));
            if (batches != reported) report($"  sync batches run: {reported = batches}");
            if (pending) await Task.Delay(100, cancellationToken);
        }
        while (pending);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, CancellationToken cancellationToken)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(50, deadline.Token);
        }
    }

    // Executions of this run only (the database may hold earlier runs'; their activities are the same, keyed by source),
    // the first install's activation aside, so a second run reports the same counts (as the demo does).
    private static async Task<ClusterSummary> SummarizeAsync(IReadOnlyList<SampleSilo> silos, SampleOptions options, HashSet<string> known, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var twister = silos[0].Twister;
        var (activities, notes) = await twister.Plot.CountAsync(cancellationToken);
        var executions = (await twister.GetExecutionsAsync(cancellationToken)).Where(e => !known.Contains(e.Id) && e.Kind != ExecutionKind.Activate).ToList();
        var statistics = await silos[0].Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        var grainsPerSilo = statistics
            .Where(s => s.GrainType.Contains("ChannelGrain", StringComparison.Ordinal))
            .GroupBy(s => s.SiloAddress.ToString())
            .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
        return new ClusterSummary(
            options.Silos, options.Processes, activities, notes,
            executions.Count(e => e.CallbackKey == nameof(IssueConnector.Callbacks.SyncBatch)), executions.Count,
            executions.Count(e => e.Status == ExecutionStatus.Failed), grainsPerSilo, stopwatch.Elapsed);
    }
}
