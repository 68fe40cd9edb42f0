using System.Net.Sockets;
using Npgsql;
using Twister.Hosting.Storage;

namespace Twister.Hosting.PostgreSql;

/// <summary>Turns Npgsql's errors into messages that say what to do.</summary>
internal static class PostgreSqlErrors
{
    public static TwisterStorageException Describe(string location, string failure, NpgsqlException error)
    {
        var advice = error switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                "the server refused the user name or password; check them in the connection string",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                "the database does not exist; create it (CREATE DATABASE) or fix its name in the connection string",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } =>
                "the user may not do this; grant it the rights to create and write the Twister tables",
            PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } =>
                "the server has no free connection; lower Maximum Pool Size or raise max_connections",
            _ when error.InnerException is SocketException or TimeoutException =>
                "the server cannot be reached; check that it runs and that Host and Port in the connection string are right",
            _ => null,
        };
        return new TwisterStorageException(location, $"{failure} ({error.Message}){(advice is null ? "" : $": {advice}")}.", error);
    }
}
