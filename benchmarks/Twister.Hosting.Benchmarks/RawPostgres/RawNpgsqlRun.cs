using System.Diagnostics;
using Npgsql;
using Twister.Hosting.Benchmarks.RawSqlite;
using Twister.Hosting.PostgreSql;

namespace Twister.Hosting.Benchmarks.RawPostgres;

/// <summary>
/// The floor the host is compared with on PostgreSQL: the very rows a host sync wrote (each activity and its
/// note, read back from the host's database), upserted into a new database with the provider's own schema
/// (same tables and indexes) the way a careful hand-written program would: one transaction per batch, the
/// batch's statements sent in one round trip (an <see cref="NpgsqlBatch"/>), <c>INSERT ... ON CONFLICT DO
/// UPDATE</c> for the activity and for its note (which finds its activity by source), statements prepared
/// automatically as the provider's are. Only the write transactions are timed.
/// </summary>
internal static class RawNpgsqlRun
{
    private const string ReadRows = """
        SELECT a.source, a.connector, a.type, a.title, a.done, a.sync_provider, a.channel_id, a.external_id, a.meta, a.unread, a.archived,
               n.note_key, n.content, n.content_type, n.author_id, n.author_type, n.author_name, n.links
        FROM activities a JOIN notes n ON n.activity_id = a.id
        ORDER BY a.id, n.id
        """;

    private const string UpsertActivity = """
        INSERT INTO activities (source, connector, type, title, done, sync_provider, channel_id, external_id, meta, unread, archived, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
        ON CONFLICT (source) DO UPDATE SET
            connector = EXCLUDED.connector, type = EXCLUDED.type, title = EXCLUDED.title, done = EXCLUDED.done,
            sync_provider = EXCLUDED.sync_provider, channel_id = EXCLUDED.channel_id, external_id = EXCLUDED.external_id,
            meta = EXCLUDED.meta, updated_at = EXCLUDED.updated_at
        """;

    private const string UpsertNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at)
        VALUES ((SELECT id FROM activities WHERE source = $1), $2, $3, $4, $5, $6, $7, $8, $9, $9)
        ON CONFLICT (activity_id, note_key) WHERE note_key IS NOT NULL DO UPDATE SET
            content = EXCLUDED.content, content_type = EXCLUDED.content_type, author_id = EXCLUDED.author_id,
            author_type = EXCLUDED.author_type, author_name = EXCLUDED.author_name, links = EXCLUDED.links, updated_at = EXCLUDED.updated_at
        """;

    /// <summary>Upserts the rows of <paramref name="hostDatabase"/> into the new <paramref name="rawDatabase"/>, <paramref name="batchSize"/> items per transaction.</summary>
    public static async Task<RawUpsertResult> RunAsync(string hostDatabase, string rawDatabase, int batchSize, CancellationToken cancellationToken)
    {
        await using (var schema = new PostgreSqlStorage(rawDatabase)) await schema.MigrateAsync(cancellationToken);
        var (rows, types) = await ReadAsync(hostDatabase, cancellationToken);
        string[] activityTypes = [.. types[..11], "bigint"];
        string[] noteTypes = [types[0], .. types[11..], "bigint"];

        // Prepared as the provider prepares its statements (see PostgreSqlDatabase.DefaultMaxAutoPrepare).
        await using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(rawDatabase) { MaxAutoPrepare = PostgreSqlDatabase.DefaultMaxAutoPrepare }.ConnectionString);
        await target.OpenAsync(cancellationToken);
        var writing = new Stopwatch();
        var batches = 0;
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            writing.Start();
            await using (var transaction = await target.BeginTransactionAsync(cancellationToken))
            {
                await using var batch = new NpgsqlBatch(target, transaction);
                foreach (var row in rows.Skip(start).Take(batchSize))
                {
                    batch.BatchCommands.Add(Command(UpsertActivity, [.. row[..11], now], activityTypes));
                    batch.BatchCommands.Add(Command(UpsertNote, [row[0], .. row[11..], now], noteTypes));
                }
                await batch.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            writing.Stop();
            batches++;
        }

        await using var count = new NpgsqlCommand("SELECT (SELECT COUNT(*) FROM activities), (SELECT COUNT(*) FROM notes)", target);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) != rows.Count || reader.GetInt64(1) != rows.Count)
            throw new InvalidOperationException($"Raw upserts left {reader.GetInt64(0)} activities and {reader.GetInt64(1)} notes for {rows.Count} rows.");
        return new RawUpsertResult(rows.Count, batches, writing.Elapsed);
    }

    /// <summary>A statement whose parameters carry their column's type, null or not, so that its prepared form is reused for every row (as the provider's are).</summary>
    private static NpgsqlBatchCommand Command(string sql, object?[] values, string[] types)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var i = 0; i < values.Length; i++) command.Parameters.Add(new NpgsqlParameter { Value = values[i] ?? DBNull.Value, DataTypeName = types[i] });
        return command;
    }

    /// <summary>The host's rows, and the database type of each column.</summary>
    private static async Task<(List<object?[]> Rows, string[] Types)> ReadAsync(string hostDatabase, CancellationToken cancellationToken)
    {
        await using var source = new NpgsqlConnection(hostDatabase);
        await source.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ReadRows, source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            for (var i = 0; i < row.Length; i++) if (row[i] is DBNull) row[i] = null;
            rows.Add(row);
        }
        return (rows, types);
    }
}
