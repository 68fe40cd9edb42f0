using System.Diagnostics;
using Npgsql;

namespace Twister.Hosting.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests use: <c>TWISTER_TEST_POSTGRES</c> (a connection string with the right to
/// create databases; <c>.ci/run</c> sets it), else a throwaway server started once for this test run with
/// <c>eng/postgres.sh</c> and stopped when the run ends. Each test class gets a new database of its own.
/// </summary>
internal static class PostgreSqlServer
{
    private static readonly Lazy<string> Admin = new(Start);

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"twister_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Admin.Value))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(Admin.Value) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("TWISTER_TEST_POSTGRES") is { Length: > 0 } given) return given;
        var script = Path.Combine(RepositoryRoot(), "eng", "postgres.sh");
        var folder = Directory.CreateTempSubdirectory("twister-pg-").FullName;
        var connectionString = Run(script, "start", folder).Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(script, "stop", folder);
            Directory.Delete(folder, recursive: true);
        };
        return connectionString;
    }

    private static string Run(string script, string command, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, command, folder }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"These tests need PostgreSQL: set TWISTER_TEST_POSTGRES to a connection string, or install PostgreSQL's server so that eng/postgres.sh can start one ({error.Trim()}).");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Twister.Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (Twister.Generators.sln) was not found above the test assembly.");
    }
}
