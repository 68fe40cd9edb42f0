using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Callbacks;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Callbacks;

/// <summary>An upgrade removes a callback that persisted tokens and tasks still name, on a SQLite file that outlives the first host.</summary>
public sealed class OrphanedCallbackTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"twister-orphans-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Tokens_and_tasks_of_a_removed_callback_are_kept_marked_and_reported()
    {
        string token;
        string taskId;
        await using (var v1 = Build<CounterConnector>())
        {
            var host = v1.GetRequiredService<TwisterHost>();
            var record = await host.InvokeCallbackAsync(CounterConnector.Name, "ScheduleIncrement", CounterConnector.Callbacks.ScheduleIncrement("later", DateTimeOffset.UnixEpoch).Arguments, null, default);
            Assert.Equal(Twister.Hosting.Execution.ExecutionStatus.Succeeded, record.Status);
            taskId = Assert.Single(await host.GetTasksAsync()).Id;
            await host.InvokeCallbackAsync(CounterConnector.Name, "IncrementThroughToken", CounterConnector.Callbacks.IncrementThroughToken("now").Arguments, null, default);
            token = SingleToken();
        }

        await using var v2 = Build<RetiredCounterConnector>();
        var upgraded = v2.GetRequiredService<TwisterHost>();
        var ran = await upgraded.RunDueTasksAsync();
        var orphans = await upgraded.GetOrphanedCallbacksAsync();

        Assert.Empty(ran);
        var task = Assert.Single(await upgraded.GetTasksAsync());
        Assert.Equal(QueuedTaskStatus.Orphaned, task.Status);
        Assert.Contains("has no callback with key 'Increment'", task.LastError);
        Assert.Equal(2, orphans.Count);
        Assert.Contains(orphans, o => o is { Kind: OrphanKind.Task, CallbackKey: "Increment" } && o.Id == taskId);
        Assert.Contains(orphans, o => o is { Kind: OrphanKind.Token, CallbackKey: "Increment" } && o.Id == token);
        Assert.Equal(token, SingleToken());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(file);
    }

    private ServiceProvider Build<TConnector>()
        where TConnector : Connector<TConnector>, Runtime.IConnectorDefinition
    {
        var services = new ServiceCollection();
        services.AddTwister(o =>
        {
            o.DatabasePath = _database;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        }).AddConnector<TConnector>();
        return services.BuildServiceProvider();
    }

    /// <summary>The one token in the file, read beside the host (every token, marked or not).</summary>
    private string SingleToken()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT token FROM callbacks";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var token = reader.GetString(0);
        Assert.False(reader.Read());
        return token;
    }
}
