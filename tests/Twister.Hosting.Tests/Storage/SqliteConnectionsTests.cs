using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Sqlite;
using SQLitePCL;

namespace Twister.Hosting.Tests.Storage;

/// <summary>
/// The SQLite provider's connections: reads run on reader connections beside the writer, units of work that
/// wait for the writer are committed together, each still saved or refused on its own, and the WAL is
/// checkpointed beside the writer.
/// </summary>
public sealed class SqliteConnectionsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("twister-connections-").FullName;
    private SqliteDatabase _database = null!;
    private SqliteGroupCommit _commits = null!;
    private SqliteStateStore _state = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(Path.Combine(_folder, "twister.db"));
        await _database.OpenAsync(CancellationToken.None);
        await using (var session = await _database.EnterAsync(CancellationToken.None))
            SqliteSchema.Migrate(session.Connection, _database.Location);
        _commits = new SqliteGroupCommit(_database);
        _state = new SqliteStateStore(_database);
    }

    [Fact]
    public async Task A_read_does_not_wait_for_the_writer()
    {
        await _commits.CommitAsync([new SetState("c", "k", [1])], DateTimeOffset.UtcNow, CancellationToken.None);

        byte[]? value;
        await using (await _database.EnterAsync(CancellationToken.None)) // a commit or claim in progress
            value = await _state.GetAsync("c", "k", CancellationToken.None).WaitAsync(Patience);

        Assert.Equal<byte[]?>([1], value);
    }

    [Fact]
    public async Task A_read_sees_every_commit_made_before_it()
    {
        for (byte i = 0; i < 20; i++)
        {
            await _commits.CommitAsync([new SetState("c", "k", [i])], DateTimeOffset.UtcNow, CancellationToken.None);
            Assert.Equal<byte[]?>([i], await _state.GetAsync("c", "k", CancellationToken.None));
        }
    }

    [Fact]
    public async Task Units_that_wait_for_the_writer_together_share_one_commit()
    {
        var commits = 0;
        var waiting = new List<Task<IReadOnlyList<int>>>();
        await using (var held = await _database.EnterAsync(CancellationToken.None))
        {
            raw.sqlite3_commit_hook(held.Connection.Handle, _ => { Interlocked.Increment(ref commits); return 0; }, null);
            for (byte i = 0; i < 3; i++)
                waiting.Add(_commits.CommitAsync([new SetState("c", $"k{i}", [i])], DateTimeOffset.UtcNow, CancellationToken.None));
        }

        await Task.WhenAll(waiting).WaitAsync(Patience);

        Assert.Equal(1, Volatile.Read(ref commits));
        for (byte i = 0; i < 3; i++) Assert.Equal<byte[]?>([i], await _state.GetAsync("c", $"k{i}", CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_unit_in_a_group_is_refused_alone_and_the_others_are_saved()
    {
        Task<IReadOnlyList<int>> first, failing, last;
        await using (await _database.EnterAsync(CancellationToken.None))
        {
            first = _commits.CommitAsync([new SetState("c", "first", [1])], DateTimeOffset.UtcNow, CancellationToken.None);
            failing = _commits.CommitAsync([new SetState("c", "failing", [2]), new CompleteTask("task_nobody_holds", "host_a")], DateTimeOffset.UtcNow, CancellationToken.None);
            last = _commits.CommitAsync([new SetState("c", "last", [3])], DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Assert.Equal<int[]>([1], [.. await first.WaitAsync(Patience)]);
        Assert.Equal<int[]>([1], [.. await last.WaitAsync(Patience)]);
        var refused = await Assert.ThrowsAsync<TaskLeaseLostException>(() => failing.WaitAsync(Patience));
        Assert.Equal("task_nobody_holds", refused.TaskId);
        Assert.Equal<byte[]?>([1], await _state.GetAsync("c", "first", CancellationToken.None));
        Assert.Equal<byte[]?>([3], await _state.GetAsync("c", "last", CancellationToken.None));
        Assert.Null(await _state.GetAsync("c", "failing", CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_cancelled_while_it_waits_for_the_writer_saves_nothing()
    {
        using var cancel = new CancellationTokenSource();
        Task<IReadOnlyList<int>> cancelled;
        await using (await _database.EnterAsync(CancellationToken.None))
        {
            cancelled = _commits.CommitAsync([new SetState("c", "cancelled", [1])], DateTimeOffset.UtcNow, cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        }
        await _commits.CommitAsync([new SetState("c", "after", [2])], DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Null(await _state.GetAsync("c", "cancelled", CancellationToken.None));
        Assert.Equal<byte[]?>([2], await _state.GetAsync("c", "after", CancellationToken.None));
    }

    [Fact]
    public async Task The_WAL_is_copied_into_the_database_file_in_the_background()
    {
        var file = new FileInfo(Path.Combine(_folder, "twister.db"));
        var before = file.Length;

        // About 100 pages: a tenth of what would make SQLite checkpoint inside a commit.
        for (var i = 0; i < 50; i++)
            await _commits.CommitAsync([new SetState("c", $"k{i}", new byte[8_000])], DateTimeOffset.UtcNow, CancellationToken.None);

        var deadline = DateTime.UtcNow + Patience;
        while (Length(file) < before + 50 * 8_000 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Length(file) >= before + 50 * 8_000, $"The database file stayed at {Length(file):N0} bytes: the WAL was not checkpointed.");
    }

    private static long Length(FileInfo file)
    {
        file.Refresh();
        return file.Length;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
