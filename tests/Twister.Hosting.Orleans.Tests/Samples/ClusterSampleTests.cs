using Twister.Samples.Cluster;

namespace Twister.Hosting.Orleans.Tests.Samples;

/// <summary>The cluster sample's scenario, as <c>dotnet run</c> runs it, on two silos in this process.</summary>
public sealed class ClusterSampleTests : DatabaseTest
{
    [Fact]
    public async Task The_demo_scenario_runs_on_a_cluster_with_the_demos_counts()
    {
        Assert.True(SampleOptions.TryParse(["--postgres", ConnectionString, "--silos", "2"], out var options, out var error), error);
        var lines = new List<string>();

        var summary = await ClusterScenario.RunAsync(options, lines.Add);

        Assert.Equal((500, 501, 10, 15, 0), (summary.Activities, summary.Notes, summary.Batches, summary.Executions, summary.FailedExecutions));
        Assert.Equal(3, summary.ChannelGrainsPerSilo.Values.Sum()); // the connector's own grain (install) and one per team
        Assert.Contains(lines, l => l.Contains("applied the delivery", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_database_the_sample_says_how_to_start_one()
    {
        Environment.SetEnvironmentVariable(SampleOptions.PostgreSqlVariable, null);

        Assert.False(SampleOptions.TryParse(["--silos", "2"], out _, out var error));

        Assert.Contains("eng/postgres.sh start", error);
        Assert.False(SampleOptions.TryParse(["--postgres", "Host=x", "--silos", "1", "--processes", "2"], out _, out error));
        Assert.Contains("2 processes cannot share 1 silos", error);
    }
}
