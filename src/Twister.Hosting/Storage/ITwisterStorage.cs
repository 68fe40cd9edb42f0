namespace Twister.Hosting.Storage;

/// <summary>
/// A storage provider of the host: where connector state, callback tokens, the task queue, the Plot
/// side and the execution log live. The host reads through the area interfaces and writes only through
/// <see cref="CommitAsync"/>, which applies a whole unit of work (an execution's buffered writes, or one
/// user action) in one short transaction. Providers: SQLite (the embedded default) and PostgreSQL
/// (<c>Twister.Hosting.PostgreSql</c>); every provider passes the same contract test suite.
/// </summary>
/// <remarks>
/// Implementations are thread-safe: executions of different channels read and commit concurrently.
/// Every failure is a <see cref="TwisterStorageException"/> that names <see cref="Location"/>.
/// </remarks>
public interface ITwisterStorage : IAsyncDisposable
{
    /// <summary>Where the data lives, as messages name it (for example <c>SQLite file '/data/twister.db'</c>).</summary>
    string Location { get; }

    /// <summary>Connector state (the Store tool).</summary>
    IConnectorStateStore State { get; }

    /// <summary>Callback and webhook tokens.</summary>
    ICallbackStore Callbacks { get; }

    /// <summary>The durable task queue with its leases.</summary>
    ITaskQueue Tasks { get; }

    /// <summary>Installed channels and their development tokens.</summary>
    IChannelStore Channels { get; }

    /// <summary>The Plot side: activities and notes.</summary>
    IPlotStore Plot { get; }

    /// <summary>The execution log.</summary>
    IExecutionStore Executions { get; }

    /// <summary>
    /// Creates the schema, or upgrades one written by an earlier version in place. Called once before any
    /// other member.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TwisterStorageException">
    /// The database was written by a newer version of Twister, or cannot be opened or created.
    /// </exception>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="writes"/> in order, in one transaction: all of them become durable, or none.
    /// </summary>
    /// <param name="writes">The unit of work's writes, in the order they were made.</param>
    /// <param name="now">The commit time: creation and update times of what the writes touch.</param>
    /// <param name="cancellationToken">Cancels the call (the transaction is then rolled back).</param>
    /// <returns>For each write, the rows it changed.</returns>
    /// <exception cref="TaskLeaseLostException">A <see cref="CompleteTask"/> or <see cref="RetryTask"/> names a task whose lease this owner no longer holds; nothing was applied.</exception>
    /// <exception cref="TwisterStorageException">The storage failed; nothing was applied.</exception>
    Task<IReadOnlyList<int>> CommitAsync(IReadOnlyList<StorageWrite> writes, DateTimeOffset now, CancellationToken cancellationToken);
}
