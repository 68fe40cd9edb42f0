using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Sqlite;
using Twister.Hosting.Tests.Storage.Contract;

namespace Twister.Hosting.Tests.Storage;

/// <summary>The storage contract on the SQLite provider, each test on a new file.</summary>
public sealed class SqliteStorageContractTests : StorageContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"twister-contract-{Guid.NewGuid():N}", "twister.db");

    protected override Task<ITwisterStorage> CreateStorageAsync() => Task.FromResult<ITwisterStorage>(new SqliteStorage(_path));

    protected override Task<ITwisterStorage> OpenSameDatabaseAsync() => Task.FromResult<ITwisterStorage>(new SqliteStorage(_path));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }
}
