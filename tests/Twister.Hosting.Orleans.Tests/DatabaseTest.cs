using Twister.Hosting.PostgreSql.Tests;

namespace Twister.Hosting.Orleans.Tests;

/// <summary>A test class with a new PostgreSQL database of its own, dropped at the end.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync() => ConnectionString = await PostgreSqlServer.CreateDatabaseAsync();

    public virtual Task DisposeAsync() => PostgreSqlServer.DropDatabaseAsync(ConnectionString);
}
