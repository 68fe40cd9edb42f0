using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Orleans.Tests.Connectors;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Orleans.Tests.Cluster;

/// <summary>Tokens and tasks written by one version of a connector run on the next one after the silos restart with it.</summary>
public sealed class RollingUpgradeTests : DatabaseTest
{
    [Fact]
    public async Task A_token_and_a_task_written_by_v1_run_on_v2_with_the_appended_parameters_default()
    {
        string webhookUrl;
        await using (var v1 = await TwisterTestCluster.StartAsync(2, ConnectionString, new Dictionary<string, string?>
        {
            [TestClusterSettings.Connector] = VersionedConnectorV1.Name + "@1",
            [TestClusterSettings.PollInterval] = "01:00:00", // v1 never looks for the scheduled task again: v2 must run it
        }))
        {
            var connector = v1.Twister.Connector(VersionedConnectorV1.Name);
            await connector.InstallAsync();
            await connector.EnableChannelAsync("main");
            webhookUrl = Assert.Single(await v1.Twister.GetWebhooksAsync()).Url;
            var task = Assert.Single(await v1.Twister.GetTasksAsync());
            Assert.Equal(("Record", QueuedTaskStatus.Pending, 0), (task.CallbackKey, task.Status, task.Attempts));
        }

        await using var v2 = await TwisterTestCluster.StartAsync(2, ConnectionString, new Dictionary<string, string?>
        {
            [TestClusterSettings.Connector] = VersionedConnectorV2.Name + "@2",
        });
        var silo = v2.Silos[^1];
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(TwisterTestCluster.AddressOf(silo), new Uri(webhookUrl).AbsolutePath), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var host = silo.ServiceProvider.GetRequiredService<TwisterHost>();
        async Task<string?> ReadAsync(string key) => await host.ReadStoreAsync(VersionedConnectorV1.Name, key, CancellationToken.None) is { } value ? Encoding.UTF8.GetString(value) : null;

        await TwisterTestCluster.WaitForAsync(async () => await ReadAsync("task") is not null && await ReadAsync("webhook") is not null, "v2 to run the task and the delivery");

        Assert.Equal("\"task:v2:7\"", await ReadAsync("task"));
        Assert.Equal("\"webhook:v2:7\"", await ReadAsync("webhook"));
        Assert.All(await v2.Twister.GetTasksAsync(), t => Assert.Equal(QueuedTaskStatus.Done, t.Status));
        Assert.Empty(await v2.Twister.GetOrphanedCallbacksAsync());
    }
}
