using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

/// <summary>
/// What every storage provider must do, run unchanged against each (SQLite here, PostgreSQL in its own test
/// project, which links these files). Each test gets a new, empty, migrated database.
/// </summary>
public abstract partial class StorageContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ITwisterStorage? _storage;

    protected ITwisterStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    /// <summary>A new provider over a new, empty database, not yet migrated.</summary>
    protected abstract Task<ITwisterStorage> CreateStorageAsync();

    /// <summary>Another provider instance over the same database (a second host).</summary>
    protected abstract Task<ITwisterStorage> OpenSameDatabaseAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        await _storage.MigrateAsync(CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        if (_storage is not null) await _storage.DisposeAsync();
    }

    protected Task<IReadOnlyList<int>> CommitAsync(params StorageWrite[] writes) => Storage.CommitAsync(writes, T0, CancellationToken.None);

    protected static byte[] Json(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Migrating_an_up_to_date_database_again_changes_nothing()
    {
        await CommitAsync(new SetState("c", "k", Json("1")));

        await Storage.MigrateAsync(CancellationToken.None);
        await using var second = await OpenSameDatabaseAsync();
        await second.MigrateAsync(CancellationToken.None);

        Assert.Equal(Json("1"), await second.State.GetAsync("c", "k", CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_applies_its_writes_in_order_and_reports_the_rows_each_changed()
    {
        var changed = await CommitAsync(
            new SetState("c", "a", Json("1")),
            new SetState("c", "a", Json("2")),
            new ClearState("c", "missing"),
            new SaveChannel("c", "ch", "Channel", "tok"),
            new SetChannelEnabled("c", "ch", true));

        Assert.Equal([1, 1, 0, 1, 1], changed);
        Assert.Equal(Json("2"), await Storage.State.GetAsync("c", "a", CancellationToken.None));
        Assert.Empty(await CommitAsync());
    }
}
