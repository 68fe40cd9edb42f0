using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twister.Hosting.Dashboard.Pages;
using Twister.Hosting.Dashboard.Security;

namespace Twister.Hosting.Dashboard.Server;

/// <summary>
/// Serves the dashboard on its own Kestrel server, on the loopback address of <see cref="DashboardOptions.Address"/>
/// (validated when the host starts: nothing else is ever bound), unless an app maps <c>MapTwisterDashboard()</c> or
/// <see cref="DashboardOptions.RunServer"/> is off.
/// </summary>
internal sealed partial class DashboardServer(IServiceProvider services, TwisterDashboard dashboard, IOptions<DashboardOptions> options, ILogger<DashboardServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (dashboard.Mounted || !settings.RunServer) return;
        var bind = Loopback.Bind(settings.Address);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(bind, settings.Port));
        // The pages resolve the host from the request's services: the dashboard's app hands out the host's own.
        builder.Services.AddSingleton(services.GetRequiredService<TwisterHost>());
        builder.Services.AddSingleton(dashboard);
        builder.Services.AddSingleton(options);
        _app = builder.Build();
        DashboardEndpoints.Map(_app, "");
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var port = new Uri(_app.Urls.First()).Port;
        dashboard.Address = new UriBuilder("http", bind.ToString(), port).Uri;
        LogStarted(logger, dashboard.Address.AbsoluteUri);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Twister dashboard on {Url} (loopback only, no authentication)")]
    private static partial void LogStarted(ILogger logger, string url);
}
