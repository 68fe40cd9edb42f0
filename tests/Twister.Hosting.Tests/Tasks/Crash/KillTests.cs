using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Tests.Tasks.Crash;

/// <summary>
/// Real crashes: a host process working a sync is killed with SIGKILL mid-sync, twice, at whatever it was
/// doing; a new host resumes from the file and the sync ends with exactly the right data.
/// </summary>
public sealed class KillTests : IAsyncLifetime
{
    private const int IssuesPerTeam = 40;
    private readonly string _folder = Directory.CreateTempSubdirectory("twister-kill-").FullName;
    private readonly FakeLinearService _linear = new(FakeLinearData.Seed(teams: 2, issuesPerTeam: IssuesPerTeam));

    private string DatabasePath => Path.Combine(_folder, "twister.db");

    public Task InitializeAsync() => _linear.StartAsync();

    [Fact]
    public async Task A_host_killed_twice_mid_sync_resumes_to_exactly_the_right_data()
    {
        await using (var setup = Build(TimeProvider.System))
        {
            var connector = setup.GetRequiredService<TwisterHost>().Connector<IssueSyncConnector>();
            foreach (var channel in await connector.InstallAsync()) await connector.EnableChannelAsync(channel.Id);
        }

        await RunAndKillAsync(afterDoneTasks: 3);
        await RunAndKillAsync(afterDoneTasks: 8);

        // Resume in this process, past any lease the killed processes left behind.
        await using var services = Build(new FakeTimeProvider(DateTimeOffset.UtcNow + CrashHostProcess.Lease * 2));
        var host = services.GetRequiredService<TwisterHost>();
        while ((await host.GetTasksAsync()).Any(t => t.Status == QueuedTaskStatus.Pending))
        {
            Assert.All(await host.RunDueTasksAsync(), r => Assert.Equal(ExecutionStatus.Succeeded, r.Status));
        }

        var expected = _linear.Data.Teams.SelectMany(t => _linear.Data.GetIssues(t.Id, null, 1000).Nodes).Select(i => IssueSyncConnector.SourceOf(i.Id)).Order().ToList();
        var activities = await host.Plot.GetActivitiesAsync();
        Assert.Equal(expected, activities.Select(a => a.Source!).Order());
        Assert.Equal((2L * IssuesPerTeam, 2L * IssuesPerTeam), await host.Plot.CountAsync());
        var tasks = await host.GetTasksAsync();
        Assert.All(tasks, t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
        Assert.Equal(2 * IssuesPerTeam / IssueSyncConnector.PageSize, tasks.Count); // one task per page: none lost, none doubled
    }

    /// <summary>Starts a host process and kills it (SIGKILL) once <paramref name="afterDoneTasks"/> tasks are done in the file.</summary>
    private async Task RunAndKillAsync(int afterDoneTasks)
    {
        using var process = CrashHostProcess.Start(DatabasePath, _linear.BaseAddress, _linear.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DoneTasks() < afterDoneTasks)
        {
            if (process.HasExited) Assert.Fail($"The crash host exited by itself: {await process.StandardError.ReadToEndAsync()}");
            Assert.True(DateTime.UtcNow < deadline, "The crash host made no progress.");
            await Task.Delay(5);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private long DoneTasks()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM tasks WHERE status = 'done'";
        return (long)command.ExecuteScalar()!;
    }

    private ServiceProvider Build(TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddTwister(o =>
        {
            o.DatabasePath = DatabasePath;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
            o.MapOrigin(LinearApi.Origin, _linear.BaseAddress);
        }).AddConnector<IssueSyncConnector>(c => c.DevelopmentToken = _linear.Token);
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _linear.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
