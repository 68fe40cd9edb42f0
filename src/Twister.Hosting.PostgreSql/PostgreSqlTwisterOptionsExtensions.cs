using Twister.Hosting.PostgreSql;

namespace Twister.Hosting.Configuration;

/// <summary>Chooses PostgreSQL as the host's storage.</summary>
public static class PostgreSqlTwisterOptionsExtensions
{
    /// <summary>
    /// Keeps everything in the PostgreSQL database <paramref name="connectionString"/> names (an Npgsql
    /// connection string). The tables go to the connection's search path (<c>Search Path=...</c> to choose a
    /// schema); they are created, or upgraded in place, when the host starts.
    /// </summary>
    /// <param name="options">The host's options.</param>
    /// <param name="connectionString">For example <c>Host=localhost;Database=twister;Username=twister;Password=...</c>.</param>
    /// <returns>The options.</returns>
    public static TwisterOptions UsePostgreSql(this TwisterOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options.Storage = _ => new PostgreSqlStorage(connectionString);
        return options;
    }
}
