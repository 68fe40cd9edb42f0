namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>A silo that dies abruptly in the middle of a sync: the others finish it with exactly the right data.</summary>
public sealed class SiloCrashTests
{
    [Fact]
    public async Task A_silo_killed_inside_a_commit_mid_sync_leaves_the_sync_to_the_others_with_nothing_lost_or_doubled()
    {
        await using var linear = await LinearCluster.StartAsync(silos: 3, teams: 4, issuesPerTeam: 125);
        var teams = linear.Linear.Data.Teams.Select(t => t.Id).ToList();
        var cluster = linear.Cluster;
        cluster.Faults.HoldCompletion = 3; // the third task to finish, anywhere in the cluster, dies before its commit lands

        await Task.WhenAll(teams.Select(team => linear.Connector.EnableChannelAsync(team)));
        var victim = await cluster.Faults.Held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var handle = cluster.Silos.Single(s => s.Name == victim);
        cluster.Faults.Sever(victim);
        await cluster.Cluster.KillSiloAsync(handle);
        await cluster.WaitUntilIdleAsync();

        Assert.Equal(2, cluster.Silos.Count);
        foreach (var team in teams) await linear.AssertSyncedAsync(team);
        Assert.Equal((500, 500), await cluster.Twister.Plot.CountAsync());
        await linear.AssertAllTasksDoneAsync();
        await linear.AssertEachChannelRanInOrderAsync();
        // The held task, and any other the dead silo was running, started there and finished on a live silo.
        var retried = (await cluster.Twister.GetTasksAsync()).Where(t => t.Attempts > 1).ToList();
        Assert.NotEmpty(retried);
        Assert.All(retried, t => Assert.Equal(2, t.Attempts));
        Assert.Equal(12, (await cluster.Twister.GetExecutionsAsync()).Count(e => e.CallbackKey == "SyncBatch"));
    }
}
