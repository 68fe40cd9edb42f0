namespace Twister.Hosting.Storage.Sqlite;

/// <summary>Runs a read under the connection's gate, naming the file in any error.</summary>
internal static class SqliteReads
{
    public static async Task<T> ReadAsync<T>(this SqliteDatabase database, Func<SqliteDatabase.Session, T> read, string what, CancellationToken cancellationToken)
    {
        await using var session = await database.EnterAsync(cancellationToken).ConfigureAwait(false);
        return session.Run(() => read(session), $"reading {what} failed");
    }
}
