using Microsoft.Data.Sqlite;
using Twister.Hosting.Storage.Sqlite;

namespace Twister.Hosting.Tests.Storage;

public sealed class SqliteStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c BLOB, d REAL, e INTEGER)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Values_bind_to_their_numbered_parameters_whatever_order_the_sql_names_them_in()
    {
        using var insert = SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (b, a, e) VALUES ($3, $1, $3 + $2) RETURNING id");

        var id = insert.ExecuteInt64(["text", 10L, 5]);

        Assert.Equal(("text", 5L, 15L), Read<(string, long, long)>($"SELECT a, b, e FROM t WHERE id = {id}", r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2))));
    }

    [Fact]
    public void Values_are_stored_as_Microsoft_Data_Sqlite_stores_them()
    {
        using var insert = SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (a, b, c, d, e) VALUES ($1, $2, $3, $4, $5)");
        insert.Execute([null, true, Array.Empty<byte>(), 1.5, DBNull.Value]);

        using var reference = _connection.CreateCommand();
        reference.CommandText = "INSERT INTO t (a, b, c, d, e) VALUES ($1, $2, $3, $4, $5)";
        foreach (var (name, value) in new (string, object)[] { ("$1", DBNull.Value), ("$2", true), ("$3", Array.Empty<byte>()), ("$4", 1.5), ("$5", DBNull.Value) })
            reference.Parameters.AddWithValue(name, value);
        reference.ExecuteNonQuery();

        const string Stored = "SELECT typeof(a) || typeof(b) || b || typeof(c) || length(c) || typeof(d) || typeof(e) FROM t ORDER BY id";
        var rows = ReadAll(Stored);
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[1], rows[0]);
        Assert.Equal("nullinteger1blob0realnull", rows[0]);
    }

    [Fact]
    public void Execute_returns_the_rows_changed_and_a_statement_runs_again_with_new_values()
    {
        using var insert = SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (b) VALUES ($1)");
        using var update = SqliteStatement.Prepare(_connection.Handle!, "UPDATE t SET a = $1 WHERE b >= $2");
        foreach (var b in new[] { 1L, 2L, 3L }) Assert.Equal(1, insert.Execute([b]));

        Assert.Equal(2, update.Execute(["x", 2L]));
        Assert.Equal(0, update.Execute(["y", 9L]));
    }

    [Fact]
    public void A_failing_statement_throws_SQLites_error_and_leaves_the_statement_usable()
    {
        using var insert = SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (id, a) VALUES ($1, $2)");
        insert.Execute([1L, "first"]);

        var error = Assert.Throws<SqliteException>(() => insert.Execute([1L, "again"]));
        Assert.Contains("UNIQUE constraint failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, insert.Execute([2L, "second"]));
    }

    [Fact]
    public void Sql_it_cannot_bind_is_refused_when_prepared()
    {
        Assert.Throws<ArgumentException>(() => SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (a) VALUES (@a)"));
        Assert.Throws<ArgumentException>(() => SqliteStatement.Prepare(_connection.Handle!, "DELETE FROM t; DELETE FROM t"));
        using var insert = SqliteStatement.Prepare(_connection.Handle!, "INSERT INTO t (a, b) VALUES ($1, $2)");
        Assert.Throws<ArgumentException>(() => insert.Execute(["only one"]));
        Assert.Throws<NotSupportedException>(() => insert.Execute(["x", DateTime.UtcNow]));
    }

    public void Dispose() => _connection.Dispose();

    private T Read<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return read(reader);
    }

    private List<string> ReadAll(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
