using Twister.Hosting.Storage;

namespace Twister.Hosting.Execution;

/// <summary>The <c>executions</c> table: every execution's outcome, including failures and their errors.</summary>
internal static class ExecutionLog
{
    public static void Insert(TwisterDatabase database, ExecutionRecord record)
        => database.Execute(
            """
            INSERT INTO executions (id, connector, kind, callback_key, task_id, status, error, requests, started_at, finished_at)
            VALUES (@id, @c, @k, @key, @t, @s, @e, @r, @start, @end)
            """,
            ("@id", record.Id), ("@c", record.Connector), ("@k", (int)record.Kind), ("@key", record.CallbackKey), ("@t", record.TaskId),
            ("@s", (int)record.Status), ("@e", record.Error), ("@r", record.Requests),
            ("@start", DbValues.ToUnixMs(record.StartedAt)), ("@end", DbValues.ToUnixMs(record.FinishedAt)));

    public static IReadOnlyList<ExecutionRecord> List(TwisterDatabase database)
    {
        using var command = database.Command("SELECT id, connector, kind, callback_key, task_id, status, error, requests, started_at, finished_at FROM executions ORDER BY seq");
        using var reader = command.ExecuteReader();
        var result = new List<ExecutionRecord>();
        while (reader.Read())
        {
            result.Add(new ExecutionRecord(
                reader.GetString(0), reader.GetString(1), (ExecutionKind)reader.GetInt32(2), reader.NullableString(3), reader.NullableString(4),
                (ExecutionStatus)reader.GetInt32(5), reader.NullableString(6), reader.GetInt32(7),
                DbValues.FromUnixMs(reader.GetInt64(8)), DbValues.FromUnixMs(reader.GetInt64(9))));
        }
        return result;
    }
}
