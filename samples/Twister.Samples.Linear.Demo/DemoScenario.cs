using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear.Sync;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// The README's demo as a library method, so tests run exactly what <c>dotnet run</c> runs: the fake
/// Linear-like service, the host on SQLite, install, enable, initial sync, a webhook, a write-back.
/// </summary>
/// <remarks>
/// A second run against the same folder enables the channels again, which resyncs them: every upsert
/// is keyed (activities by source, notes by key), so the counts stay the same. The fake service starts
/// from the same seed every run and hands out the same comment id, so the write-back note of a second
/// run replaces the first run's keyed note instead of adding one.
/// </remarks>
public static class DemoScenario
{
    /// <summary>Teams in the fake service.</summary>
    public const int Teams = 2;

    /// <summary>Issues per team in the fake service.</summary>
    public const int IssuesPerTeam = 250;

    /// <summary>The title the demo gives the edited issue.</summary>
    public const string EditedTitle = "Edited in Linear: the webhook carried this title";

    /// <summary>The Plot note the demo writes back as a comment.</summary>
    public const string NoteText = "Written in Plot, sent back to Linear as a comment.";

    /// <summary>Runs the demo once.</summary>
    /// <param name="options">Where the SQLite file goes and whether to start fresh.</param>
    /// <param name="reporter">Where progress is shown.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The summary; the run failed when it reports failed executions or when this throws.</returns>
    public static async Task<DemoSummary> RunAsync(DemoOptions options, IDemoReporter reporter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reporter);
        var stopwatch = Stopwatch.StartNew();
        if (options.Fresh && Directory.Exists(options.DataDirectory)) Directory.Delete(options.DataDirectory, recursive: true);
        Directory.CreateDirectory(options.DataDirectory);

        await using var linear = new FakeLinearService(FakeLinearData.Seed(Teams, IssuesPerTeam));
        await linear.StartAsync(cancellationToken);
        reporter.Step($"Fake Linear-like service on {linear.BaseAddress} ({linear.Data.Teams.Count} teams, {linear.Data.IssueCount} issues)");

        var databasePath = Path.Combine(options.DataDirectory, "twister.db");
        using var app = BuildHost(linear, databasePath);
        await app.StartAsync(cancellationToken);
        try
        {
            var twister = app.Services.GetRequiredService<TwisterHost>();
            reporter.Step($"Host on SQLite at {databasePath}, webhooks on {twister.WebhookBaseAddress}");
            var known = (await twister.GetExecutionsAsync(cancellationToken)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

            var connector = twister.Connector<IssueConnector>();
            var channels = await connector.InstallAsync(cancellationToken: cancellationToken);
            reporter.Step($"Installed '{connector.Name}' with a development token: channels {string.Join(", ", channels.Select(c => c.Title))}");
            var webhooks = await EnableChannelsAsync(twister, connector, channels, cancellationToken);
            reporter.Step($"Enabled {channels.Count} channels: each created its webhook and queued its first sync batch");

            using (var upserts = new ActivityUpsertCounter())
            {
                await reporter.RunSyncAsync(linear.Data.IssueCount, async progress =>
                {
                    while (await HasPendingTasksAsync(twister, cancellationToken))
                    {
                        ThrowIfFailed(await twister.RunDueTasksAsync(maxTasks: 1, cancellationToken));
                        progress(upserts.Count);
                    }
                });
            }

            var issue = linear.Data.GetIssues(channels[0].Id, after: null, first: 1).Nodes[0];
            await DeliverEditAsync(twister, linear, issue.Id, webhooks[channels[0].Id], cancellationToken);
            var activity = await twister.Plot.FindActivityAsync(IssueActivity.SourceOf(issue.Id), cancellationToken)
                           ?? throw new InvalidOperationException($"The issue {issue.Id} did not reach Plot.");
            reporter.Step($"Edited {issue.Identifier} in the fake service; its webhook updated the activity: \"{activity.Title}\"");

            var note = await twister.Plot.AddNoteAsync(activity.Id, NoteText, cancellationToken: cancellationToken);
            var comment = linear.Data.GetComments(issue.Id).LastOrDefault()
                          ?? throw new InvalidOperationException("The Plot note was not written back as a comment.");
            reporter.Step($"Added a Plot note on it; the fake service received comment {comment.Id}: \"{comment.Body}\" (note key {note.Key})");

            return await SummarizeAsync(twister, known, stopwatch, cancellationToken);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static IHost BuildHost(FakeLinearService linear, string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services
            .AddTwister(o =>
            {
                o.DatabasePath = databasePath;
                o.RunTaskWorker = false; // the demo drives the batches itself, to show their progress
                o.MapOrigin("https://api.linear.app", linear.BaseAddress);
            })
            .AddConnector<IssueConnector>(c => c.DevelopmentToken = linear.Token);
        return builder.Build();
    }

    // Enables the channels one by one, noting the webhook URL each creates: the host lists webhook
    // URLs with their callback key only, and the demo must deliver an issue's edit to its own team's URL.
    private static async Task<Dictionary<string, string>> EnableChannelsAsync(TwisterHost twister, ConnectorLifecycle connector, IReadOnlyList<Channel> channels, CancellationToken cancellationToken)
    {
        var webhooks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            var before = (await twister.GetWebhooksAsync(cancellationToken)).Select(w => w.Url).ToHashSet(StringComparer.Ordinal);
            await connector.EnableChannelAsync(channel.Id, cancellationToken);
            webhooks[channel.Id] = (await twister.GetWebhooksAsync(cancellationToken)).Single(w => !before.Contains(w.Url)).Url;
        }
        return webhooks;
    }

    // Stops at the first failure instead of waiting for the queue's retries: a demo should fail fast.
    private static void ThrowIfFailed(IReadOnlyList<ExecutionRecord> records)
    {
        if (records.FirstOrDefault(r => r.Status == ExecutionStatus.Failed) is { } failed)
            throw new InvalidOperationException($"{failed.Kind} {failed.CallbackKey} failed: {failed.Error}", failed.Exception);
    }

    private static async Task<bool> HasPendingTasksAsync(TwisterHost twister, CancellationToken cancellationToken)
        => (await twister.GetTasksAsync(cancellationToken)).Any(t => t.Status == QueuedTaskStatus.Pending);

    // Delivered over the socket, as the service would: through the host's loopback endpoint and queue.
    private static async Task DeliverEditAsync(TwisterHost twister, FakeLinearService linear, string issueId, string webhookUrl, CancellationToken cancellationToken)
    {
        linear.Data.EditIssue(issueId, title: EditedTitle, descriptionHtml: "<p>The description was <strong>edited</strong> in Linear.</p>");
        using var http = new HttpClient();
        using var body = new StringContent(linear.BuildWebhookPayload(issueId), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(webhookUrl), body, cancellationToken);
        response.EnsureSuccessStatusCode();
        var records = await twister.RunDueTasksAsync(cancellationToken: cancellationToken);
        if (records.Count == 0) throw new InvalidOperationException("The webhook delivery queued no task.");
        ThrowIfFailed(records);
    }

    private static async Task<DemoSummary> SummarizeAsync(TwisterHost twister, HashSet<string> known, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var (activities, notes) = await twister.Plot.CountAsync(cancellationToken);
        // The first run's one-time activation aside, every run records the same executions.
        var executions = (await twister.GetExecutionsAsync(cancellationToken)).Where(e => !known.Contains(e.Id) && e.Kind != ExecutionKind.Activate).ToList();
        var batches = executions.Count(e => e.Kind == ExecutionKind.Task && e.CallbackKey == nameof(IssueConnector.Callbacks.SyncBatch));
        return new DemoSummary(activities, notes, batches, executions.Sum(e => e.Requests), executions.Count,
            executions.Count(e => e.Status == ExecutionStatus.Failed), stopwatch.Elapsed);
    }
}
