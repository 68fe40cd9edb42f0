using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;
using static Twister.Hosting.Tests.Api.ItemsHost;

namespace Twister.Hosting.Tests.Api;

/// <summary>Install activates, a changed manifest upgrades once, uninstall deactivates; enabling carries a sync context.</summary>
[Collection(nameof(ItemsConnector))]
public sealed class LifecycleHookTests
{
    [Fact]
    public async Task The_first_install_activates_before_listing_channels_and_a_second_install_does_not()
    {
        await using var env = await StartAsync();

        await env.Host.Connector.InstallAsync();

        Assert.Equal(["activate", "channels", "channels"], env.Calls);
        Assert.Equal(2, (await env.Host.GetExecutionsAsync()).Count(e => e.Kind is ExecutionKind.GetChannels));
        Assert.Single(await env.Host.GetExecutionsAsync(), e => e.Kind is ExecutionKind.Activate);
    }

    [Fact]
    public async Task Enabling_passes_the_history_window_and_the_channels_own_link_types_and_recovery_re_enables_every_enabled_channel()
    {
        await using var env = await StartAsync();
        var since = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        await env.Host.Connector.EnableChannelAsync("board", new SyncContext(HistoryMin: since));
        await env.Host.Connector.EnableChannelAsync("plain");
        var recovered = await env.Host.Connector.RecoverAsync();

        Assert.Equal(["board", "plain"], recovered);
        Assert.Equal(
        [
            "enabled:board:history=2024-06-01T00:00:00.0000000+00:00:recovering=False:types=card",
            "enabled:plain:history=all:recovering=False:types=",
            "enabled:board:history=all:recovering=True:types=card",
            "enabled:plain:history=all:recovering=True:types=",
        ], env.Calls.Where(c => c.StartsWith("enabled", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Uninstall_deactivates_and_forgets_channels_state_and_tokens_but_Plot_keeps_the_items()
    {
        await using var env = await StartAsync();
        await env.SyncAsync("plain", Item("kept"));
        await env.Host.InvokeCallbackAsync("MakeActionToken", """["with-button"]""");

        await env.Host.Connector.UninstallAsync();

        Assert.Contains("deactivate", env.Calls);
        Assert.Empty(await env.Host.Connector.GetChannelsAsync());
        Assert.NotNull(await env.Host.Plot.FindActivityAsync("kept"));
        await env.Host.Connector.InstallAsync();
        Assert.Equal(2, env.Calls.Count(c => c == "activate"));
    }

    [Fact]
    public async Task A_new_version_of_a_connector_upgrades_once_on_the_same_database()
    {
        var folder = Directory.CreateTempSubdirectory("twister-upgrade-").FullName;
        try
        {
            var path = Path.Combine(folder, "twister.db");
            ItemsConnector.Calls.Clear();
            await using (var v1 = Build<ItemsConnector>(path))
            {
                await v1.GetRequiredService<TwisterHost>().Connector<ItemsConnector>().InstallAsync("token");
                Assert.Empty(await v1.GetRequiredService<TwisterHost>().UpgradeConnectorsAsync());
            }

            await using var v2 = Build<ItemsConnectorV2>(path);
            var host = v2.GetRequiredService<TwisterHost>();
            var first = await host.UpgradeConnectorsAsync();
            var second = await host.UpgradeConnectorsAsync();

            Assert.Equal([ItemsConnector.Name], first);
            Assert.Empty(second);
            Assert.Equal(1, ItemsConnectorV2.Upgrades);
            Assert.Single(await host.GetExecutionsAsync(), e => e.Kind == ExecutionKind.Upgrade);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ServiceProvider Build<TConnector>(string path)
        where TConnector : Connector<TConnector>, Runtime.IConnectorDefinition
    {
        var services = new ServiceCollection();
        services.AddTwister(o =>
        {
            o.DatabasePath = path;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        }).AddConnector<TConnector>();
        return services.BuildServiceProvider();
    }
}
