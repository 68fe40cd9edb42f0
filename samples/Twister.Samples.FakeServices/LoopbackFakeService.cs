using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Twister.Samples.FakeServices;

/// <summary>
/// The base of an embedded fake of an external service: ASP.NET Core minimal APIs on 127.0.0.1 (a
/// free port), every request checked for <c>Authorization: Bearer {Token}</c> first. A derived class
/// maps the service's routes and says how the service refuses an unauthenticated request.
/// </summary>
public abstract class LoopbackFakeService : IAsyncDisposable
{
    private WebApplication? _app;
    private int _requestCount;

    /// <summary>Creates the service (not yet listening).</summary>
    /// <param name="token">The bearer token it accepts.</param>
    protected LoopbackFakeService(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        Token = token;
    }

    /// <summary>The accepted bearer token.</summary>
    public string Token { get; }

    /// <summary>Where the service listens, once started (ends with <c>/</c>).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How many requests it answered (including refused ones).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Starts listening on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The service was already started.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null) throw new InvalidOperationException($"{GetType().Name} is already started.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requestCount);
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
            {
                await RejectUnauthenticatedAsync(context).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        MapRoutes(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        BaseAddress = new Uri(app.Urls.First() + "/");
        _app = app;
    }

    /// <summary>Maps the service's endpoints.</summary>
    /// <param name="app">The application to map them on.</param>
    protected abstract void MapRoutes(WebApplication app);

    /// <summary>Answers a request without the bearer token, the way the real service does.</summary>
    /// <param name="context">The refused request.</param>
    protected abstract Task RejectUnauthenticatedAsync(HttpContext context);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
        _app = null;
        GC.SuppressFinalize(this);
    }
}
