using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the database file on its own connection, every <see cref="Interval"/>, so that
/// commits do not: left to SQLite, the commit that finds the WAL past 1,000 pages runs the checkpoint itself,
/// <c>fsync</c>s included, while it holds the writer. A passive checkpoint never waits for the writer or for
/// readers. The writer still checkpoints itself past <see cref="WriterCheckpointPages"/> pages, which bounds
/// the WAL if this one falls behind or fails.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>How often the WAL is checkpointed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The WAL size (4 KiB pages) past which the writer's own commit checkpoints after all.</summary>
    public const int WriterCheckpointPages = 10_000;

    private readonly SqliteConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <summary>Starts checkpointing on <paramref name="connection"/>, an open connection to the file that it then owns.</summary>
    public SqliteCheckpointer(SqliteConnection connection)
    {
        _connection = connection;
        _loop = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        using var checkpoint = _connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    checkpoint.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // Busy or failing now: the next tick tries again, and the writer's own checkpoint bounds the WAL meanwhile.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
