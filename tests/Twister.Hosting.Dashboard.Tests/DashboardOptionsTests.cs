using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twister.Hosting.Dashboard.Tests.TestConnectors;

namespace Twister.Hosting.Dashboard.Tests;

/// <summary>Where the dashboard may serve: loopback only, on its own server or mapped into an app.</summary>
public sealed class DashboardOptionsTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.10")]
    [InlineData("example.com")]
    public async Task A_non_loopback_address_fails_the_hosts_start_and_says_why(string address)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => DeskHost.StartAsync(o => o.Address = address));

        Assert.Contains($"Twister:Dashboard:Address is '{address}', which is not a loopback address", error.Message);
        Assert.Contains("serves on loopback only", error.Message);
    }

    [Theory]
    [InlineData("::1", "[::1]")]
    [InlineData("localhost", "127.0.0.1")]
    public async Task Loopback_addresses_are_accepted(string address, string served)
    {
        await using var desk = await DeskHost.StartAsync(o => o.Address = address);

        Assert.Equal(served, desk.Address.Host);
        using var http = new HttpClient { BaseAddress = desk.Address };
        Assert.Contains("Printer on fire", await http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_options_bind_from_configuration()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Twister:Dashboard:Address"] = "0.0.0.0";
        builder.Services.AddTwister(o => o.UseInMemoryDatabase = true).AddConnector<DeskConnector>().AddDashboard();
        await using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value);
        Assert.Contains("'0.0.0.0'", error.Message);
    }

    [Fact]
    public async Task Mapped_into_an_app_it_serves_under_its_prefix_and_its_own_server_does_not_start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddTwister(o =>
        {
            o.UseInMemoryDatabase = true;
            o.RunTaskWorker = false;
            o.RunWebhookServer = false;
        }).AddConnector<DeskConnector>(c => c.DevelopmentToken = "t").AddDashboard();
        await using var app = builder.Build();
        app.MapTwisterDashboard("/ops/twister");
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var page = await http.GetStringAsync("/ops/twister/tasks");

            Assert.Contains("""href="/ops/twister/executions" """.TrimEnd(), page);
            Assert.Null(app.Services.GetRequiredService<TwisterDashboard>().Address);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public void Mapping_without_AddDashboard_names_the_missing_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddTwister(o => o.UseInMemoryDatabase = true);
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapTwisterDashboard());
        Assert.Contains("AddDashboard()", error.Message);
    }
}
