using Microsoft.Data.Sqlite;
using Twister.Hosting.Configuration;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Sqlite;
using Twister.Hosting.Tests.Storage.Contract;

namespace Twister.Hosting.Tests.Concurrency;

/// <summary>The shared-database contract on one SQLite file used by two hosts.</summary>
public sealed class SqliteSharedFileTests : SharedDatabaseContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("twister-shared-").FullName;

    private string DatabasePath => Path.Combine(_folder, "twister.db");

    protected override void UseSharedDatabase(TwisterOptions options) => options.DatabasePath = DatabasePath;

    protected override ITwisterStorage OpenSharedDatabase() => new SqliteStorage(DatabasePath);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
