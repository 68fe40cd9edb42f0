using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Benchmarks.Targets;

/// <summary>Opens the benchmark's SQLite files without pooling, so a file can be deleted once its connection is closed.</summary>
internal static class SqliteFiles
{
    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    public static SqliteConnection OpenReadOnly(string path) => Open(path, SqliteOpenMode.ReadOnly);

    /// <summary>Opens (creating when missing) <paramref name="path"/> for reading and writing.</summary>
    public static SqliteConnection OpenReadWrite(string path) => Open(path, SqliteOpenMode.ReadWriteCreate);

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
