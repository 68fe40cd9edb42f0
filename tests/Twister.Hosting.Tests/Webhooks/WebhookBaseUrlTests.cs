using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Webhooks;

/// <summary>A host behind a tunnel: webhook URLs on the public address, served by the loopback endpoint.</summary>
public sealed class WebhookBaseUrlTests
{
    private static readonly Uri Public = new("https://hooks.example.com/");

    [Fact]
    public async Task Urls_use_the_public_address_and_the_loopback_endpoint_serves_their_path_and_query()
    {
        var port = FreePort();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunTaskWorker = false;
                o.WebhookPort = port;
                o.WebhookBaseUrl = Public;
            })
            .AddConnector<CounterConnector>(c => c.DevelopmentToken = "token");
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var twister = host.Services.GetRequiredService<TwisterHost>();
            await twister.InvokeCallbackAsync(CounterConnector.Name, "ListenForQuery", Encoding.UTF8.GetBytes("""["query"]"""), null, CancellationToken.None);
            var url = Assert.Single(await twister.GetWebhooksAsync()).Url;

            using var client = new HttpClient();
            var forwarded = new UriBuilder(url) { Scheme = "http", Host = "127.0.0.1", Port = port, Query = "secret=abc" }.Uri;
            using var response = await client.PostAsync(forwarded, new StringContent("{}", Encoding.UTF8, "application/json"));
            await twister.RunDueTasksAsync();

            Assert.Equal(Public, twister.WebhookBaseAddress);
            Assert.StartsWith("https://hooks.example.com/webhooks/", url, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal("\"secret=abc\"", Encoding.UTF8.GetString((await twister.ReadStoreAsync(CounterConnector.Name, "query", CancellationToken.None))!));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
