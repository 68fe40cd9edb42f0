using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Twister.Hosting;
using Twister.Hosting.Configuration;
using Twister.Hosting.Tasks;
using Twister.Samples.Cluster;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;

// The initial sync of N issues over T channels (teams) from the fake Linear-like service, through the
// sample's IssueConnector, on three hosts in turn, each on a fresh database of the same PostgreSQL server:
// the local host (its background worker, T executions at once), a 1-silo and a 3-silo Orleans cluster (the
// channels' grains). Wall time from enabling the channels until no task is pending, and the process's CPU
// time, per item; `--runs` rounds, the hosts alternating within each round, after one discarded warm-up
// trial of each host (JIT, pools); medians reported. Beside them, the ceiling: raw upserts of rows of the
// same size (title, description) into one PostgreSQL table, 50 a transaction as a sync batch commits them.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var admin = Argument("--postgres") ?? Environment.GetEnvironmentVariable("TWISTER_POSTGRES");
if (string.IsNullOrWhiteSpace(admin))
{
    Console.Error.WriteLine("Pass --postgres \"Host=...;Username=...\" (a user that may create databases) or set TWISTER_POSTGRES; bash eng/postgres.sh start /tmp/twister-pg starts a throwaway one.");
    return 2;
}
var items = int.Parse(Argument("--items") ?? "20000", CultureInfo.InvariantCulture);
var teams = int.Parse(Argument("--teams") ?? "8", CultureInfo.InvariantCulture);
var runs = int.Parse(Argument("--runs") ?? "3", CultureInfo.InvariantCulture);
var hosts = new (string Name, Func<string, FakeLinearService, Task<IAsyncDisposable>> Start)[]
{
    ("local host", StartLocalAsync),
    ("cluster, 1 silo", (db, linear) => StartClusterAsync(db, linear, 1)),
    ("cluster, 3 silos", (db, linear) => StartClusterAsync(db, linear, 3)),
};
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; {items:N0} issues over {teams} channels, {runs} run(s)");
foreach (var (_, start) in hosts) await TrialAsync(start, Math.Min(items, 50 * teams));
var results = hosts.ToDictionary(h => h.Name, _ => new List<(double WallUs, double CpuUs)>());
for (var run = 1; run <= runs; run++)
{
    foreach (var (name, start) in hosts)
    {
        var (wall, cpu) = await TrialAsync(start, items);
        results[name].Add((wall.TotalMicroseconds / items, cpu.TotalMicroseconds / items));
        Console.WriteLine($"run {run}/{runs}  {name,-17} {wall.TotalSeconds,7:0.00} s  {wall.TotalMicroseconds / items,7:0.0} µs/item wall  {cpu.TotalMicroseconds / items,7:0.0} µs/item CPU");
    }
}
var raw = new List<double>();
for (var run = 0; run < runs; run++) raw.Add((await RawUpsertsAsync(items)).TotalMicroseconds / items);
Console.WriteLine($"raw PostgreSQL upserts: {Median(raw):0.0} µs/item");
Console.WriteLine();
Console.WriteLine($"| host | wall µs/item (median) | items/s | CPU µs/item (median) | wall vs local host | host rate / raw upsert rate |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
var baseline = Median(results[hosts[0].Name].Select(r => r.WallUs));
foreach (var (name, _) in hosts)
{
    var wall = Median(results[name].Select(r => r.WallUs));
    Console.WriteLine($"| {name} | {wall:0.0} | {1e6 / wall:N0} | {Median(results[name].Select(r => r.CpuUs)):0.0} | {wall / baseline:0.00}× | {Median(raw) / wall:0.00} |");
}
return 0;

async Task<(TimeSpan Wall, TimeSpan Cpu)> TrialAsync(Func<string, FakeLinearService, Task<IAsyncDisposable>> start, int issues)
{
    var database = $"twister_bench_{Guid.NewGuid():N}";
    await ExecuteAsync(admin, $"CREATE DATABASE {database}");
    var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    try
    {
        await using var linear = new FakeLinearService(FakeLinearData.Seed(teams, issues / teams));
        await linear.StartAsync();
        await using var host = await start(connectionString, linear);
        var front = (IFront)host;
        var channels = await front.InstallAsync();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(channels.Select(front.EnableAsync));
        while (await front.PendingAsync()) await Task.Delay(20);
        var wall = clock.Elapsed;
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var (activities, _) = await front.CountAsync();
        if (activities != linear.Data.IssueCount) throw new InvalidOperationException($"Synced {activities} activities, expected {linear.Data.IssueCount}.");
        return (wall, used);
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }
}

async Task<IAsyncDisposable> StartLocalAsync(string connectionString, FakeLinearService linear)
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
    builder.Logging.ClearProviders();
    builder.Services.AddTwister(o =>
    {
        o.UsePostgreSql(connectionString);
        o.RunWebhookServer = false;
        o.MaxConcurrentExecutions = teams; // every channel may run at once, as on the cluster
        o.TaskPollInterval = TimeSpan.FromMilliseconds(200);
        o.MapOrigin("https://api.linear.app", linear.BaseAddress);
    }).AddConnector<IssueConnector>(c => c.DevelopmentToken = linear.Token);
    var app = builder.Build();
    await app.StartAsync();
    return new LocalFront(app);
}

async Task<IAsyncDisposable> StartClusterAsync(string connectionString, FakeLinearService linear, int silos)
{
    var options = new SampleOptions(connectionString, silos, 1, $"twister-bench-{Guid.NewGuid():N}"[..24]);
    return new ClusterFront(await ClusterScenario.StartSilosAsync(options, (linear.BaseAddress, linear.Token), CancellationToken.None));
}

// The database's own rate for the rows a sync writes: 50 upserts and a commit per round trip, no host.
async Task<TimeSpan> RawUpsertsAsync(int rows)
{
    var database = $"twister_bench_{Guid.NewGuid():N}";
    await ExecuteAsync(admin, $"CREATE DATABASE {database}");
    var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
    try
    {
        await ExecuteAsync(connectionString, "CREATE TABLE raw_activities (source text PRIMARY KEY, title text NOT NULL, description text NOT NULL)");
        var description = new string('x', 400);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < rows; start += 50)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction);
            for (var i = start; i < Math.Min(rows, start + 50); i++)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    "INSERT INTO raw_activities (source, title, description) VALUES ($1, $2, $3) ON CONFLICT (source) DO UPDATE SET title = excluded.title, description = excluded.description")
                {
                    Parameters = { new() { Value = $"linear:issue:{i:D8}" }, new() { Value = $"ENG-{i}: an issue title of usual length" }, new() { Value = description } },
                });
            }
            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return clock.Elapsed;
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }
}

string? Argument(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

/// <summary>What a trial does with a host, the same for both kinds.</summary>
internal interface IFront
{
    Task<IReadOnlyList<string>> InstallAsync();

    Task EnableAsync(string channelId);

    Task<bool> PendingAsync();

    Task<(long Activities, long Notes)> CountAsync();
}

internal sealed class LocalFront(IHost app) : IFront, IAsyncDisposable
{
    private readonly TwisterHost _twister = app.Services.GetRequiredService<TwisterHost>();

    public async Task<IReadOnlyList<string>> InstallAsync() => [.. (await _twister.Connector<IssueConnector>().InstallAsync()).Select(c => c.Id)];

    public Task EnableAsync(string channelId) => _twister.Connector<IssueConnector>().EnableChannelAsync(channelId);

    public async Task<bool> PendingAsync() => (await _twister.GetTasksAsync()).Any(t => t.Status == QueuedTaskStatus.Pending);

    public Task<(long Activities, long Notes)> CountAsync() => _twister.Plot.CountAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        app.Dispose();
    }
}

internal sealed class ClusterFront(IReadOnlyList<SampleSilo> silos) : IFront, IAsyncDisposable
{
    private Twister.Hosting.Orleans.TwisterCluster Twister => silos[0].Twister;

    public async Task<IReadOnlyList<string>> InstallAsync() => [.. (await Twister.Connector<IssueConnector>().InstallAsync()).Select(c => c.Id)];

    public Task EnableAsync(string channelId) => Twister.Connector<IssueConnector>().EnableChannelAsync(channelId);

    public async Task<bool> PendingAsync() => (await Twister.GetTasksAsync()).Any(t => t.Status == QueuedTaskStatus.Pending);

    public Task<(long Activities, long Notes)> CountAsync() => Twister.Plot.CountAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in silos) await silo.DisposeAsync();
    }
}
