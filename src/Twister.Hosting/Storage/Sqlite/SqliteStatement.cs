using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// One write statement, prepared once on the provider's connection and run through SQLitePCL directly,
/// its values bound by position. Microsoft.Data.Sqlite looks each parameter up by name on every
/// execution, which was a third of a commit's time in the host benchmark; the writer's statements run
/// once or more per synced item. Values are bound as Microsoft.Data.Sqlite binds them (booleans and
/// integers as 64-bit integers, strings as text, byte arrays as blobs), so the stored rows are the same.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _valueOfParameter;   // for each parameter (1-based, minus one): which value $n binds to it

    private SqliteStatement(sqlite3 connection, sqlite3_stmt statement, int[] valueOfParameter)
    {
        _connection = connection;
        _statement = statement;
        _valueOfParameter = valueOfParameter;
    }

    /// <summary>Prepares <paramref name="sql"/>, one statement whose parameters are named <c>$1</c>, <c>$2</c>, ...</summary>
    /// <exception cref="SqliteException">SQLite refused the statement.</exception>
    public static SqliteStatement Prepare(sqlite3 connection, string sql)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(connection, sql, out var statement, out var rest), connection);
        if (!string.IsNullOrWhiteSpace(rest))
        {
            statement.Dispose();
            throw new ArgumentException("A prepared write holds one statement.", nameof(sql));
        }
        // SQLite numbers parameters in order of first appearance, which is not always $1, $2, ...
        var valueOfParameter = new int[raw.sqlite3_bind_parameter_count(statement)];
        for (var i = 0; i < valueOfParameter.Length; i++)
        {
            var name = raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string();
            if (name is null || name.Length < 2 || name[0] != '$' || !int.TryParse(name.AsSpan(1), out var position) || position < 1)
            {
                statement.Dispose();
                throw new ArgumentException($"Parameter '{name}' is not named $1, $2, ...", nameof(sql));
            }
            valueOfParameter[i] = position - 1;
        }
        return new SqliteStatement(connection, statement, valueOfParameter);
    }

    /// <summary>Runs the statement with <paramref name="values"/> for <c>$1</c>, <c>$2</c>, ...; returns the rows it changed.</summary>
    public int Execute(ReadOnlySpan<object?> values)
    {
        Run(values, readFirstRow: false);
        return raw.sqlite3_changes(_connection);
    }

    /// <summary>Runs the statement and returns the first column of its first row as an integer (a <c>RETURNING id</c>).</summary>
    public long ExecuteInt64(ReadOnlySpan<object?> values)
        => Run(values, readFirstRow: true) ?? throw new InvalidOperationException("The statement returned no row.");

    private long? Run(ReadOnlySpan<object?> values, bool readFirstRow)
    {
        try
        {
            Bind(values);
            long? first = null;
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                if (readFirstRow && first is null) first = raw.sqlite3_column_int64(_statement, 0);
            }
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _connection);
            return first;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _valueOfParameter.Length; i++)
        {
            var index = i + 1;
            var position = _valueOfParameter[i];
            if (position >= values.Length) throw new ArgumentException($"No value was given for ${position + 1}.", nameof(values));
            var rc = values[position] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
                double number => raw.sqlite3_bind_double(_statement, index, number),
                // An empty array is an empty blob, not NULL (SQLitePCL would pass a null pointer).
                byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(_statement, index, 0),
                byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
                var other => throw new NotSupportedException($"A {other.GetType().Name} cannot be bound to ${position + 1}."),
            };
            SqliteException.ThrowExceptionForRC(rc, _connection);
        }
    }

    public void Dispose() => _statement.Dispose();
}
