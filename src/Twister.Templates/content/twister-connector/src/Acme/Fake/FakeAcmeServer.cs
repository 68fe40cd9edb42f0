using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Acme.Fake;

/// <summary>The fake Acme API served on a free loopback port, for <c>Program.cs</c>'s offline run.</summary>
public sealed class FakeAcmeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAcmeServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the fake listens (<c>http://127.0.0.1:port</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the fake over <paramref name="data"/>.</summary>
    /// <param name="data">The service's state.</param>
    public static async Task<FakeAcmeServer> StartAsync(FakeAcmeData data)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapFakeAcmeApi(data);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeAcmeServer(app, new Uri(address));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
