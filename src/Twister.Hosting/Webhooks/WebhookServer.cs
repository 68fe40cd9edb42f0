using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twister.Hosting.Configuration;
using Twister.Hosting.Observability;

namespace Twister.Hosting.Webhooks;

/// <summary>
/// Resolves where webhook URLs point when the host starts, and serves the endpoint where nothing else does:
/// <list type="bullet">
/// <item>when the app maps <c>MapTwisterWebhooks()</c>, the app serves it, and URLs start with
/// <c>WebhookBaseUrl</c> or else the app's first listening address (known once the app has started);</item>
/// <item>otherwise, with <c>RunWebhookServer</c> on (the default, for console hosts), Kestrel on 127.0.0.1
/// serves it, and URLs start with <c>WebhookBaseUrl</c> or else the loopback address;</item>
/// <item>with neither (the test kit), webhooks are delivered in process only.</item>
/// </list>
/// Its parts are resolved when it starts, after the host has validated the options.
/// </summary>
internal sealed class WebhookServer(IServiceProvider services, IOptions<TwisterOptions> options, ILogger<WebhookServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    private WebhookAddress Address => services.GetRequiredService<WebhookAddress>();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = services.GetRequiredService<WebhookEndpoint>();
        if (endpoint.Mounted)
        {
            ResolveMounted(settings.WebhookBaseUrl);
            return;
        }
        if (!settings.RunWebhookServer)
        {
            Resolve(settings.WebhookBaseUrl ?? Address.BaseAddress);
            return;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.WebhookPort));
        _app = builder.Build();
        _app.MapPost(WebhookEndpoint.Route, new RequestDelegate(endpoint.HandleAsync));
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var listening = new Uri(_app.Urls.First());
        Resolve(settings.WebhookBaseUrl ?? new Uri($"http://localhost:{listening.Port}/"));
    }

    private void ResolveMounted(Uri? configured)
    {
        if (configured is not null)
        {
            Resolve(configured);
            return;
        }
        if (services.GetService<IHostApplicationLifetime>() is not { } lifetime)
        {
            Resolve(Address.BaseAddress);
            return;
        }
        lifetime.ApplicationStarted.Register(() => Resolve(AppAddress() ?? Address.BaseAddress));
    }

    /// <summary>The app's first listening address, a wildcard host (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) read as localhost.</summary>
    private Uri? AppAddress()
    {
        var first = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (first is null) return null;
        var binding = BindingAddress.Parse(first);
        var host = binding.Host is "*" or "+" or "0.0.0.0" or "[::]" ? "localhost" : binding.Host;
        return new UriBuilder(binding.Scheme, host, binding.Port, binding.PathBase).Uri;
    }

    private void Resolve(Uri baseAddress)
    {
        Address.Resolve(baseAddress);
        HostLog.WebhookServerStarted(logger, Address.BaseAddress.AbsoluteUri);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
