using Twister.Hosting.Configuration;
using Twister.Hosting.Storage;
using Twister.Hosting.Tests.Storage.Contract;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>The shared-database contract on one PostgreSQL database used by two hosts.</summary>
public sealed class PostgreSqlSharedDatabaseTests : SharedDatabaseContract, IAsyncLifetime
{
    private string _connectionString = null!;

    public async Task InitializeAsync() => _connectionString = await PostgreSqlServer.CreateDatabaseAsync();

    protected override void UseSharedDatabase(TwisterOptions options) => options.UsePostgreSql(_connectionString);

    protected override ITwisterStorage OpenSharedDatabase() => new PostgreSqlStorage(_connectionString);

    public Task DisposeAsync() => PostgreSqlServer.DropDatabaseAsync(_connectionString);
}
