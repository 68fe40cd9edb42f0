using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Twister.Hosting.Benchmarks.Targets;
using Twister.Hosting.Benchmarks.Verification;

namespace Twister.Hosting.Benchmarks.RawSqlite;

/// <summary>
/// The floor the host is compared with: the very rows a host sync wrote (each activity and its note,
/// read back from the host's file), upserted into a fresh file of the same tables and indexes with
/// <c>INSERT ... ON CONFLICT DO UPDATE</c> through prepared Microsoft.Data.Sqlite commands, one
/// transaction per batch, with the host's pragmas (WAL, synchronous=NORMAL). Only the write
/// transactions are timed; reading the rows back is not.
/// </summary>
internal static class RawUpsertRun
{
    private const string ReadRows = """
        SELECT a.source, a.connector, a.type, a.title, a.done, a.sync_provider, a.channel_id, a.external_id, a.meta, a.unread, a.archived,
               n.note_key, n.content, n.content_type, n.author_id, n.author_type, n.author_name, n.links
        FROM activities a JOIN notes n ON n.activity_id = a.id
        ORDER BY a.id, n.id
        """;

    private const string UpsertActivity = """
        INSERT INTO activities (source, connector, type, title, done, sync_provider, channel_id, external_id, meta, unread, archived, created_at, updated_at)
        VALUES ($source, $connector, $type, $title, $done, $sp, $ch, $ext, $meta, $unread, $archived, $now, $now)
        ON CONFLICT (source) DO UPDATE SET
            connector = excluded.connector, type = excluded.type, title = excluded.title, done = excluded.done,
            sync_provider = excluded.sync_provider, channel_id = excluded.channel_id, external_id = excluded.external_id,
            meta = excluded.meta, updated_at = excluded.updated_at
        RETURNING id
        """;

    private const string UpsertNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at)
        VALUES ($activity, $key, $content, $ct, $ai, $at, $an, $links, $now, $now)
        ON CONFLICT (activity_id, note_key) WHERE note_key IS NOT NULL DO UPDATE SET
            content = excluded.content, content_type = excluded.content_type, author_id = excluded.author_id,
            author_type = excluded.author_type, author_name = excluded.author_name, links = excluded.links, updated_at = excluded.updated_at
        """;

    private static readonly string[] ActivityParameters = ["$source", "$connector", "$type", "$title", "$done", "$sp", "$ch", "$ext", "$meta", "$unread", "$archived"];
    private static readonly string[] NoteParameters = ["$key", "$content", "$ct", "$ai", "$at", "$an", "$links"];

    /// <summary>Upserts the rows of <paramref name="hostDatabase"/> into a new <paramref name="rawDatabase"/>, <paramref name="batchSize"/> items per transaction.</summary>
    public static RawUpsertResult Run(string hostDatabase, string rawDatabase, int batchSize)
    {
        using var source = SqliteFiles.OpenReadOnly(hostDatabase);
        using var target = SqliteFiles.OpenReadWrite(rawDatabase);
        Execute(target, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        CopySchema(source, target);

        using var read = source.CreateCommand();
        read.CommandText = ReadRows;
        using var rows = read.ExecuteReader();
        using var activity = Prepare(target, UpsertActivity, [.. ActivityParameters, "$now"]);
        using var note = Prepare(target, UpsertNote, [.. NoteParameters, "$activity", "$now"]);
        var batch = new List<object[]>(batchSize);
        var writing = new Stopwatch();
        var items = 0;
        var batches = 0;
        while (true)
        {
            var more = rows.Read();
            if (more)
            {
                var row = new object[rows.FieldCount];
                rows.GetValues(row);
                batch.Add(row);
            }
            if (batch.Count == batchSize || (!more && batch.Count > 0))
            {
                writing.Start();
                WriteBatch(target, activity, note, batch);
                writing.Stop();
                items += batch.Count;
                batches++;
                batch.Clear();
            }
            if (!more) break;
        }

        var store = VerifiedStore.Read(target);
        if (store.Activities != items || store.Notes != items || store.DistinctSources != items)
            throw new InvalidOperationException($"Raw upserts left {store.Activities} activities and {store.Notes} notes for {items} rows.");
        return new RawUpsertResult(items, batches, writing.Elapsed);
    }

    /// <summary>One transaction: each activity upserted (its id returned), then its note upserted by key.</summary>
    private static void WriteBatch(SqliteConnection target, SqliteCommand activity, SqliteCommand note, List<object[]> batch)
    {
        using var transaction = target.BeginTransaction();
        activity.Transaction = transaction;
        note.Transaction = transaction;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var row in batch)
        {
            for (var i = 0; i < ActivityParameters.Length; i++) activity.Parameters[i].Value = row[i];
            activity.Parameters["$now"].Value = now;
            var id = (long)activity.ExecuteScalar()!;
            for (var i = 0; i < NoteParameters.Length; i++) note.Parameters[i].Value = row[ActivityParameters.Length + i];
            note.Parameters["$activity"].Value = id;
            note.Parameters["$now"].Value = now;
            note.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>A command compiled once and reused by every batch (the cheapest way Microsoft.Data.Sqlite offers).</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, string sql, string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    /// <summary>Creates the host's <c>activities</c> and <c>notes</c> tables and their indexes, from the host file's own definitions.</summary>
    private static void CopySchema(SqliteConnection source, SqliteConnection target)
    {
        using var definitions = source.CreateCommand();
        definitions.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('activities', 'notes') AND sql IS NOT NULL ORDER BY type DESC, name";
        using var reader = definitions.ExecuteReader();
        while (reader.Read()) Execute(target, reader.GetString(0));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>What one raw SQLite upsert run measured.</summary>
/// <param name="Items">Activities upserted (each with its note).</param>
/// <param name="Batches">Transactions.</param>
/// <param name="Duration">Time inside the write transactions.</param>
internal sealed record RawUpsertResult(int Items, int Batches, TimeSpan Duration)
{
    /// <summary>Items upserted per second.</summary>
    public double ItemsPerSecond => Items / Duration.TotalSeconds;
}
