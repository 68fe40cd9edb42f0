using Twister.Hosting.Storage;
using Twister.Hosting.Tests.Storage.Contract;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>The storage contract on the PostgreSQL provider, each test on a new database.</summary>
public sealed class PostgreSqlStorageContractTests : StorageContract
{
    private string? _connectionString;

    protected override async Task<ITwisterStorage> CreateStorageAsync()
    {
        _connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        return new PostgreSqlStorage(_connectionString);
    }

    protected override Task<ITwisterStorage> OpenSameDatabaseAsync() => Task.FromResult<ITwisterStorage>(new PostgreSqlStorage(_connectionString!));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null) await PostgreSqlServer.DropDatabaseAsync(_connectionString);
    }
}
