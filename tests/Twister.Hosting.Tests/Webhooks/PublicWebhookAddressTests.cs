using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Tests.Webhooks;

/// <summary>A host behind a tunnel: webhook URLs on the public address, deliveries arriving at the loopback endpoint.</summary>
public sealed class PublicWebhookAddressTests : IAsyncLifetime
{
    private static readonly Uri PublicAddress = new("https://tunnel.example.test/");
    private readonly FakeLinearService _linear = new(FakeLinearData.Seed(teams: 1, issuesPerTeam: 2));
    private IHost _host = null!;
    private TwisterHost _twister = null!;

    public async Task InitializeAsync()
    {
        await _linear.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddTwister(o =>
            {
                o.UseInMemoryDatabase = true;
                o.RunTaskWorker = false;
                o.PublicWebhookBaseAddress = PublicAddress;
                o.MapOrigin(LinearApi.Origin, _linear.BaseAddress);
            })
            .AddConnector<IssueSyncConnector>(c => c.DevelopmentToken = _linear.Token);
        _host = builder.Build();
        await _host.StartAsync();
        _twister = _host.Services.GetRequiredService<TwisterHost>();
        await _twister.Connector<IssueSyncConnector>().InstallAsync();
        await _twister.Connector<IssueSyncConnector>().EnableChannelAsync(_linear.Data.Teams[0].Id);
        await _twister.RunDueTasksAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _linear.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_urls_are_public_and_what_the_tunnel_forwards_reaches_the_loopback_endpoint()
    {
        var url = new Uri((await _twister.GetWebhooksAsync()).Single().Url);
        var issue = _linear.Data.GetIssues(_linear.Data.Teams[0].Id, null, 1).Nodes[0];
        _linear.Data.EditIssue(issue.Id, title: "Through the tunnel");

        using var http = new HttpClient();
        using var body = new StringContent(_linear.BuildWebhookPayload(issue.Id), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(_twister.WebhookEndpoint, url.AbsolutePath), body); // the path, as a tunnel forwards it
        await _twister.RunDueTasksAsync();

        Assert.Equal(PublicAddress, _twister.WebhookBaseAddress);
        Assert.Equal(PublicAddress.Host, url.Host);
        Assert.False(WebhookUrl.IsLocal(url.AbsoluteUri));
        Assert.True(_twister.WebhookEndpoint.IsLoopback);
        Assert.NotEqual(0, _twister.WebhookEndpoint.Port);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.EndsWith("Through the tunnel", (await _twister.Plot.FindActivityAsync(IssueSyncConnector.SourceOf(issue.Id)))!.Title, StringComparison.Ordinal);
    }
}
