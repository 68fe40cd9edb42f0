using Npgsql;
using NpgsqlTypes;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>The connection settings the provider chooses, and the types its statement parameters carry.</summary>
public sealed class PostgreSqlDatabaseSettingsTests
{
    [Fact]
    public async Task Statements_are_prepared_and_pooled_connections_are_not_reset_unless_the_connection_string_says_otherwise()
    {
        await using var database = new PostgreSqlDatabase("Host=localhost;Database=twister");

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);

        Assert.Equal(PostgreSqlDatabase.DefaultMaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }

    [Fact]
    public async Task An_explicit_setting_wins()
    {
        await using var database = new PostgreSqlDatabase("Host=localhost;Database=twister;Max Auto Prepare=0;no reset on close=false");

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }

    [Fact]
    public void A_null_value_keeps_the_type_of_what_it_stands_for()
    {
        // Npgsql reuses a prepared statement only for parameters of the types it was prepared with.
        Assert.Equal(new TypedValue(null, NpgsqlDbType.Text), (TypedValue)(string?)null);
        Assert.Equal(new TypedValue(null, NpgsqlDbType.Bigint), (TypedValue)(long?)null);
        Assert.Equal(new TypedValue(null, NpgsqlDbType.Integer), (TypedValue)(int?)null);
        Assert.Equal(new TypedValue(null, NpgsqlDbType.Boolean), (TypedValue)(bool?)null);
        Assert.Equal(new TypedValue(null, NpgsqlDbType.Bytea), (TypedValue)(byte[]?)null);
        Assert.Equal(new TypedValue(7, NpgsqlDbType.Integer), (TypedValue)7);
        Assert.Equal(new TypedValue(7L, NpgsqlDbType.Bigint), (TypedValue)7L);
    }
}
