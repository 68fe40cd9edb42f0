using System.Data.Common;
using Twister.Hosting.Benchmarks.RawPostgres;
using Twister.Hosting.Benchmarks.RawSqlite;
using Twister.Hosting.Configuration;

namespace Twister.Hosting.Benchmarks.Targets;

/// <summary>
/// Where a trial's host sync writes, and the raw baseline of the same provider: a SQLite file beside raw
/// Microsoft.Data.Sqlite upserts, or a PostgreSQL database beside raw Npgsql upserts, of the same rows.
/// </summary>
internal abstract class StorageTarget : IAsyncDisposable
{
    /// <summary>The provider's name in reports.</summary>
    public abstract string Provider { get; }

    /// <summary>Points the host at this target.</summary>
    public abstract void Configure(TwisterOptions options);

    /// <summary>A connection to read what the host wrote.</summary>
    public abstract DbConnection OpenHostDatabase();

    /// <summary>Upserts the rows the host wrote into a fresh database of the same schema, the raw way, timing only the writes.</summary>
    public abstract Task<RawUpsertResult> RunRawAsync(int batchSize, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>The target a trial asks for: SQLite files under <paramref name="folder"/>, or new databases on <paramref name="postgres"/>.</summary>
    public static async Task<StorageTarget> CreateAsync(string? postgres, string folder, CancellationToken cancellationToken)
        => postgres is null
            ? new SqliteTarget(folder)
            : await PostgresTarget.CreateAsync(postgres, cancellationToken);
}

/// <summary>A SQLite file; the raw baseline writes a second file.</summary>
internal sealed class SqliteTarget(string folder) : StorageTarget
{
    private string HostPath => Path.Combine(folder, "host.db");

    public override string Provider => "SQLite";

    public override void Configure(TwisterOptions options) => options.DatabasePath = HostPath;

    public override DbConnection OpenHostDatabase() => SqliteFiles.OpenReadOnly(HostPath);

    public override Task<RawUpsertResult> RunRawAsync(int batchSize, CancellationToken cancellationToken)
        => Task.FromResult(RawUpsertRun.Run(HostPath, Path.Combine(folder, "raw.db"), batchSize));

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>A new PostgreSQL database per trial; the raw baseline writes a second one; both dropped at the end.</summary>
internal sealed class PostgresTarget : StorageTarget
{
    private readonly PostgresDatabases _databases;
    private readonly string _host;
    private string? _raw;

    private PostgresTarget(PostgresDatabases databases, string host)
    {
        _databases = databases;
        _host = host;
    }

    public static async Task<PostgresTarget> CreateAsync(string admin, CancellationToken cancellationToken)
    {
        var databases = new PostgresDatabases(admin);
        return new PostgresTarget(databases, await databases.CreateAsync(cancellationToken));
    }

    public override string Provider => "PostgreSQL";

    public override void Configure(TwisterOptions options) => options.UsePostgreSql(_host);

    public override DbConnection OpenHostDatabase()
    {
        var connection = new Npgsql.NpgsqlConnection(_host);
        connection.Open();
        return connection;
    }

    public override async Task<RawUpsertResult> RunRawAsync(int batchSize, CancellationToken cancellationToken)
    {
        _raw = await _databases.CreateAsync(cancellationToken);
        return await RawNpgsqlRun.RunAsync(_host, _raw, batchSize, cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await _databases.DropAsync(_host);
        if (_raw is not null) await _databases.DropAsync(_raw);
    }
}
