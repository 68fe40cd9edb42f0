using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Storage;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Storage;

/// <summary>The SQLite file: its folder is created, and every failure names the file and what to do.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("twister-files-").FullName;

    [Fact]
    public async Task The_database_folder_is_created_when_missing()
    {
        var path = Path.Combine(_root, "not", "yet", "there", "twister.db");

        await using var services = Build(path);
        var host = services.GetRequiredService<TwisterHost>();
        await host.Connector<CounterConnector>().InstallAsync("token");

        Assert.True(File.Exists(path));
        Assert.Contains(path, host.StorageLocation);
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_named_with_what_to_do()
    {
        var blocker = Path.Combine(_root, "a-file");
        File.WriteAllText(blocker, "in the way");
        var path = Path.Combine(blocker, "twister.db");

        var error = Assert.Throws<TwisterStorageException>(() => Build(path).GetRequiredService<TwisterHost>());

        Assert.Contains($"SQLite file '{path}'", error.Message);
        Assert.Contains("folder cannot be created", error.Message);
        Assert.Contains("Choose a writable DatabasePath", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_and_left_alone()
    {
        var path = Path.Combine(_root, "notes.txt");
        File.WriteAllText(path, new string('x', 4096));

        var error = Assert.Throws<TwisterStorageException>(() => Build(path).GetRequiredService<TwisterHost>());

        Assert.Contains($"SQLite file '{path}'", error.Message);
        Assert.Contains("not a valid SQLite database", error.Message);
        Assert.Equal(new string('x', 4096), File.ReadAllText(path));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static ServiceProvider Build(string path)
    {
        var services = new ServiceCollection();
        services.AddTwister(o =>
        {
            o.DatabasePath = path;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        }).AddConnector<CounterConnector>();
        return services.BuildServiceProvider();
    }
}
