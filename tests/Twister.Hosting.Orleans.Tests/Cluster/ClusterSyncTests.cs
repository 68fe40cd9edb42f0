using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Execution;
using Twister.Samples.Linear;
using Twister.Samples.Linear.Sync;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>Three silos share one cluster for these tests: four teams for the sync, a fifth for webhooks, a sixth for write-back and disable.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    internal LinearCluster Linear { get; private set; } = null!;

    public async Task InitializeAsync() => Linear = await LinearCluster.StartAsync(silos: 3, teams: 6, issuesPerTeam: 125);

    public async Task DisposeAsync() => await Linear.DisposeAsync();
}

/// <summary>The demo's connector on three silos: channel grains sync in parallel, each channel in order; webhooks enter at any silo.</summary>
public sealed class ClusterSyncTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private LinearCluster Linear => fixture.Linear;

    [Fact]
    public async Task Three_silos_sync_the_demos_500_issues_across_four_channels_exactly_each_channel_in_order()
    {
        var teams = Linear.Linear.Data.Teams.Take(4).Select(t => t.Id).ToList();

        await Task.WhenAll(teams.Select(team => Linear.Connector.EnableChannelAsync(team)));
        await Linear.Cluster.WaitUntilIdleAsync();

        foreach (var team in teams) await Linear.AssertSyncedAsync(team);
        Assert.Equal(500, (await Linear.Cluster.Twister.Plot.GetActivitiesAsync()).Count(a => teams.Contains(a.Meta.ChannelId!)));
        await Linear.AssertEachChannelRanInOrderAsync();
        await Linear.AssertAllTasksDoneAsync();
        var batches = (await Linear.Cluster.Twister.GetExecutionsAsync()).Where(e => e.CallbackKey == "SyncBatch" && teams.Contains(e.ChannelId!)).ToList();
        Assert.Equal(12, batches.Count); // 125 issues in pages of 50: three batches per team
    }

    [Fact]
    public async Task A_webhook_delivered_to_any_silo_reaches_its_channels_grain()
    {
        var team = Linear.Linear.Data.Teams[4].Id;
        await Linear.Connector.EnableChannelAsync(team);
        await Linear.Cluster.WaitUntilIdleAsync();
        var url = new Uri((await Linear.Cluster.Twister.GetWebhooksAsync()).Single(w => w.ChannelId == team).Url);
        var issues = Linear.IssuesOf(team);
        using var http = new HttpClient();

        for (var i = 0; i < Linear.Cluster.Silos.Count; i++)
        {
            var silo = Linear.Cluster.Silos[i];
            var issue = issues[i];
            var title = $"Edited for silo {i}";
            Linear.Linear.Data.EditIssue(issue.Id, title: title);
            using var body = new StringContent(Linear.Linear.BuildWebhookPayload(issue.Id), Encoding.UTF8, "application/json");

            using var response = await http.PostAsync(new Uri(TwisterTestCluster.AddressOf(silo), url.AbsolutePath), body);

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await TwisterTestCluster.WaitForAsync(
                async () => (await Linear.Cluster.Twister.Plot.FindActivityAsync(IssueActivity.SourceOf(issue.Id)))?.Title == $"{issue.Identifier}: {title}",
                $"the delivery to silo {i} to update its issue");
        }

        var deliveries = (await Linear.Cluster.Twister.GetExecutionsAsync()).Where(e => e.Kind == ExecutionKind.Webhook).ToList();
        Assert.Equal(Linear.Cluster.Silos.Count, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((team, ExecutionStatus.Succeeded), (d.ChannelId, d.Status)));
        using var unknown = await http.PostAsync(new Uri(TwisterTestCluster.AddressOf(Linear.Cluster.Silos[0]), "/webhooks/not-a-token"), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Write_back_and_disable_run_on_the_channels_grain_from_any_silo()
    {
        var team = Linear.Linear.Data.Teams[5].Id;
        await Linear.Connector.EnableChannelAsync(team);
        await Linear.Cluster.WaitUntilIdleAsync();
        var issue = Linear.IssuesOf(team)[0];
        var activity = (await Linear.Cluster.Twister.Plot.FindActivityAsync(IssueActivity.SourceOf(issue.Id)))!;
        var lastSilo = Linear.Cluster.Silos[^1].ServiceProvider.GetRequiredService<TwisterCluster>();

        var note = await lastSilo.Plot.AddNoteAsync(activity.Id, "Written in Plot on another silo.");
        var archived = await lastSilo.Connector<IssueConnector>().DisableChannelAsync(team);

        var comment = Assert.Single(Linear.Linear.Data.GetComments(issue.Id));
        Assert.Equal("Written in Plot on another silo.", comment.Body);
        Assert.Equal(IssueActivity.CommentKey(comment.Id), note.Key);
        Assert.NotNull(note.BaselineHash);
        Assert.Equal(125, archived);
        Assert.All(await Linear.Cluster.Twister.Plot.GetActivitiesAsync(new() { ChannelId = team }), a => Assert.True(a.Archived));
        var executions = (await Linear.Cluster.Twister.GetExecutionsAsync()).Where(e => e.ChannelId == team).ToList();
        Assert.Contains(executions, e => (e.Kind, e.Status) == (ExecutionKind.NoteCreated, ExecutionStatus.Succeeded));
        Assert.Contains(executions, e => (e.Kind, e.Status) == (ExecutionKind.ChannelDisabled, ExecutionStatus.Succeeded));
    }
}
