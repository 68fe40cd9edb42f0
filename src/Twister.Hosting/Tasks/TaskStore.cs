using System.Security.Cryptography;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>Rows of the durable task queue. Callers hold the database lease.</summary>
internal static class TaskStore
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Orphaned = "orphaned";

    private const string Columns = "seq, id, connector, callback_key, arguments, invocation, run_at, attempts, status, last_error";

    public static string Enqueue(TwisterDatabase database, string connector, string key, ReadOnlyMemory<byte> arguments, byte[]? invocation, DateTimeOffset runAt)
    {
        var id = "task_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        database.Execute(
            "INSERT INTO tasks (id, connector, callback_key, arguments, invocation, run_at, status) VALUES (@id, @c, @k, @a, @i, @r, @s)",
            ("@id", id), ("@c", connector), ("@k", key), ("@a", arguments.ToArray()), ("@i", invocation), ("@r", DbValues.ToUnixMs(runAt)), ("@s", Pending));
        return id;
    }

    public static bool Cancel(TwisterDatabase database, string id)
        => database.Execute("UPDATE tasks SET status = @s WHERE id = @id AND status = @p", ("@s", Cancelled), ("@id", id), ("@p", Pending)) > 0;

    /// <summary>The pending task due first at <paramref name="now"/>, queue order breaking ties.</summary>
    public static TaskRow? NextDue(TwisterDatabase database, DateTimeOffset now)
    {
        using var command = database.Command(
            $"SELECT {Columns} FROM tasks WHERE status = @p AND run_at <= @now ORDER BY run_at, seq LIMIT 1",
            ("@p", Pending), ("@now", DbValues.ToUnixMs(now)));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public static void MarkDone(TwisterDatabase database, string id)
        => database.Execute("UPDATE tasks SET status = @s, attempts = attempts + 1, last_error = NULL WHERE id = @id", ("@s", Done), ("@id", id));

    public static void MarkEnded(TwisterDatabase database, string id, string status, string error)
        => database.Execute("UPDATE tasks SET status = @s, attempts = attempts + 1, last_error = @e WHERE id = @id", ("@s", status), ("@e", error), ("@id", id));

    public static void Reschedule(TwisterDatabase database, string id, DateTimeOffset runAt, string error)
        => database.Execute("UPDATE tasks SET attempts = attempts + 1, run_at = @r, last_error = @e WHERE id = @id", ("@r", DbValues.ToUnixMs(runAt)), ("@e", error), ("@id", id));

    public static IReadOnlyList<QueuedTask> List(TwisterDatabase database)
    {
        using var command = database.Command($"SELECT {Columns} FROM tasks ORDER BY seq");
        using var reader = command.ExecuteReader();
        var result = new List<QueuedTask>();
        while (reader.Read())
        {
            var row = Read(reader);
            result.Add(new QueuedTask(row.Id, row.Connector, row.Key, row.Invocation is not null, row.RunAt, row.Attempts, ParseStatus(row.Status), row.LastError));
        }
        return result;
    }

    private static TaskRow Read(Microsoft.Data.Sqlite.SqliteDataReader reader) => new(
        reader.GetString(1), reader.GetString(2), reader.GetString(3), (byte[])reader.GetValue(4), reader.NullableBytes(5),
        DbValues.FromUnixMs(reader.GetInt64(6)), reader.GetInt32(7), reader.GetString(8), reader.NullableString(9));

    private static QueuedTaskStatus ParseStatus(string status) => status switch
    {
        Pending => QueuedTaskStatus.Pending,
        Done => QueuedTaskStatus.Done,
        Failed => QueuedTaskStatus.Failed,
        Cancelled => QueuedTaskStatus.Cancelled,
        Orphaned => QueuedTaskStatus.Orphaned,
        _ => throw new InvalidOperationException($"Unknown task status '{status}'."),
    };
}

/// <summary>A task row as read for running it.</summary>
internal sealed record TaskRow(string Id, string Connector, string Key, byte[] Arguments, byte[]? Invocation, DateTimeOffset RunAt, int Attempts, string Status, string? LastError);
