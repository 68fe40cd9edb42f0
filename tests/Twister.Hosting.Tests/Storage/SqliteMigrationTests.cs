using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;

namespace Twister.Hosting.Tests.Storage;

/// <summary>Databases written by earlier versions upgrade in place; one from a newer version is refused untouched.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("twister-migration-").FullName;

    private string CopyFixture()
    {
        var path = Path.Combine(_folder, "twister.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "twister-v1.sqlite"), path);
        return path;
    }

    [Fact]
    public async Task A_database_of_the_first_release_upgrades_in_place_and_its_pending_sync_tokens_and_state_keep_working()
    {
        var path = CopyFixture();
        await using var linear = new FakeLinearService(FakeLinearData.Seed(2, 120));
        await linear.StartAsync();
        await using var services = Build(path, linear);
        var host = services.GetRequiredService<TwisterHost>();

        Assert.Equal(SqliteSchemaVersion(), ReadUserVersion(path));
        Assert.Equal((150L, 151L), await host.Plot.CountAsync());
        var pending = (await host.GetTasksAsync()).Where(t => t.Status == QueuedTaskStatus.Pending).ToList();
        Assert.Equal(2, pending.Count);
        Assert.All(pending, t => Assert.Equal("", t.ChannelId)); // written before channels ordered tasks: the connector's own turn

        var ran = await host.RunDueTasksAsync();

        Assert.All(ran, r => Assert.Equal(ExecutionStatus.Succeeded, r.Status));
        Assert.Equal(240L, (await host.Plot.CountAsync()).Activities);
        Assert.All(await host.GetTasksAsync(), t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
        var webhooks = await host.GetWebhooksAsync();
        Assert.Equal(2, webhooks.Count);
        var issue = linear.Data.GetIssues(linear.Data.Teams[0].Id, null, 1).Nodes[0];
        linear.Data.EditIssue(issue.Id, title: "Edited after the upgrade");
        var hook = webhooks.Single(w => ChannelOfWebhook(path, w.Url) == linear.Data.Teams[0].Id);
        var delivery = await host.DeliverWebhookAsync(hook.Url, new WebhookRequest("POST",
            new Dictionary<string, string> { ["Content-Type"] = "application/json" }, System.Text.Encoding.UTF8.GetBytes(linear.BuildWebhookPayload(issue.Id))));
        Assert.True(delivery.IsAccepted);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(await host.RunDueTasksAsync()).Status);
        Assert.EndsWith("Edited after the upgrade", (await host.Plot.FindActivityAsync($"linear:issue:{issue.Id}"))!.Title);
        var written = (await host.Plot.GetActivitiesAsync()).SelectMany(a => host.Plot.GetNotesAsync(a.Id).Result).Where(n => n.BaselineHash is not null);
        Assert.Single(written);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_with_what_to_do_and_left_unchanged()
    {
        var path = CopyFixture();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<TwisterStorageException>(() => Build(path, linear: null).GetRequiredService<TwisterHost>());

        Assert.Contains($"SQLite file '{path}'", error.Message);
        Assert.Contains("schema version 99, written by a newer version of Twister.Hosting", error.Message);
        Assert.Contains($"up to {SqliteSchemaVersion()}", error.Message);
        Assert.Contains("Upgrade Twister.Hosting", error.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_new_database_and_an_upgraded_one_have_the_same_schema()
    {
        var upgraded = CopyFixture();
        var fresh = Path.Combine(_folder, "fresh.db");
        await using (var a = new Twister.Hosting.Storage.Sqlite.SqliteStorage(upgraded)) await a.MigrateAsync(CancellationToken.None);
        await using (var b = new Twister.Hosting.Storage.Sqlite.SqliteStorage(fresh)) await b.MigrateAsync(CancellationToken.None);

        Assert.Equal(Schema(fresh), Schema(upgraded));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int SqliteSchemaVersion() => Twister.Hosting.Storage.Sqlite.SqliteSchema.CurrentVersion;

    private static ServiceProvider Build(string path, FakeLinearService? linear)
    {
        var services = new ServiceCollection();
        services.AddTwister(o =>
        {
            o.DatabasePath = path;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
            if (linear is not null) o.MapOrigin("https://api.linear.app", linear.BaseAddress);
        }).AddConnector<IssueConnector>(c => c.DevelopmentToken = linear?.Token);
        return services.BuildServiceProvider();
    }

    private static long ReadUserVersion(string path) => Query(path, "PRAGMA user_version").Single() is var v ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string ChannelOfWebhook(string path, string url)
    {
        var token = url[(url.LastIndexOf('/') + 1)..];
        var arguments = Query(path, $"SELECT arguments FROM callbacks WHERE token = '{token}'").Single();
        return System.Text.Json.JsonDocument.Parse(arguments).RootElement[0].GetString()!;
    }

    private static List<string> Schema(string path)
        => Query(path, "SELECT type || ' ' || name || ': ' || replace(replace(sql, char(10), ' '), '  ', ' ') FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            .Select(s => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetValue(0) is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }
}
