using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// One open SQLite connection with the commands and statements prepared on it, each prepared once per SQL
/// text and reused: preparing is most of what a small statement costs.
/// </summary>
internal sealed class SqliteConnectionSlot(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>
    /// A prepared command for <paramref name="sql"/>, reused across calls, with its parameters set in
    /// order to <paramref name="values"/>: <c>$1</c>, <c>$2</c>, ... as in PostgreSQL.
    /// </summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction, params ReadOnlySpan<object?> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        command.Transaction = transaction;
        var parameters = command.Parameters;
        for (var i = parameters.Count; i < values.Length; i++) parameters.Add(new SqliteParameter { ParameterName = "$" + (i + 1) });
        for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    /// <summary>The write statement for <paramref name="sql"/>, prepared on first use and reused (see <see cref="SqliteStatement"/>).</summary>
    public SqliteStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = SqliteStatement.Prepare(Connection.Handle!, sql);
            _statements.Add(sql, statement);
        }
        return statement;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        foreach (var statement in _statements.Values) statement.Dispose();
        Connection.Dispose();
    }
}
