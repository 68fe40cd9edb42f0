namespace Twister.Hosting.Storage.Sqlite;

/// <summary>Runs a read on a reader connection (beside any commit), naming the file in any error.</summary>
internal static class SqliteReads
{
    public static async Task<T> ReadAsync<T>(this SqliteDatabase database, Func<SqliteDatabase.Session, T> read, string what, CancellationToken cancellationToken)
    {
        await using var session = await database.EnterReadAsync(cancellationToken).ConfigureAwait(false);
        return session.Run(() => session.InSnapshot(read), $"reading {what} failed");
    }
}
