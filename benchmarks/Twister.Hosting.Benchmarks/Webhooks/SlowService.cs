using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Twister.Hosting.Benchmarks.Webhooks;

/// <summary>An external service that takes 2 s to answer <c>/slow</c>, on loopback.</summary>
internal sealed class SlowService : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private int _inFlight;
    private int _completed;

    private SlowService(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int InFlight => Volatile.Read(ref _inFlight);

    public int Completed => Volatile.Read(ref _completed);

    public static async Task<SlowService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var service = new SlowService(builder.Build());
        service._app.Run(service.HandleAsync);
        await service._app.StartAsync();
        service.BaseAddress = new Uri(service._app.Urls.First());
        return service;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await Task.Delay(Delay, context.RequestAborted);
            Interlocked.Increment(ref _completed);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
