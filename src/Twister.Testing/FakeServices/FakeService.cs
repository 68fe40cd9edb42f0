using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Twister.Testing;

/// <summary>
/// An in-process fake of an external service, with no socket: declare its endpoints with ASP.NET Core's
/// minimal API (<c>fake.MapGet("/issues", ...)</c>, <c>fake.MapPost</c>, <c>fake.MapGroup</c>, ...), then route a
/// connector's requests to it with <c>o.UseFakeService("https://api.example.com", fake)</c>. Requests keep the
/// URL the connector asked for (its host included) and pass the host's allowlist and request budget first.
/// </summary>
/// <remarks>
/// The fake is an ASP.NET Core application on <see cref="TestServer"/>; it starts at its first request, after
/// which endpoints can no longer be added. An exception thrown by an endpoint reaches the connector as the
/// exception of its HTTP call (return <c>Results.StatusCode(500)</c> to fake a server error instead).
/// </remarks>
public sealed class FakeService : IEndpointRouteBuilder, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lazy<Task<HttpMessageInvoker>> _started;
    private int _requestCount;

    /// <summary>Creates a fake with no endpoints.</summary>
    /// <param name="configureServices">Adds services the endpoints take as parameters (for example the fake's data), if any.</param>
    public FakeService(Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        configureServices?.Invoke(builder.Services);
        _app = builder.Build();
        _started = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
        Handler = new StartingHandler(this);
    }

    /// <summary>The handler that answers requests in process (what <c>UseFakeService</c> maps an origin to).</summary>
    public HttpMessageHandler Handler { get; }

    /// <summary>How many requests the fake has received.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>A client of the fake (for testing the fake itself); requests go to <paramref name="baseAddress"/>'s paths.</summary>
    /// <param name="baseAddress">The address the client's relative URLs resolve against, for example <c>https://api.example.com/</c>.</param>
    public HttpClient CreateClient(Uri baseAddress) => new(Handler, disposeHandler: false) { BaseAddress = baseAddress };

    /// <inheritdoc />
    IServiceProvider IEndpointRouteBuilder.ServiceProvider => ((IEndpointRouteBuilder)_app).ServiceProvider;

    /// <inheritdoc />
    ICollection<EndpointDataSource> IEndpointRouteBuilder.DataSources => _started.IsValueCreated
        ? throw new InvalidOperationException("The fake service has already answered a request: map its endpoints before the first request reaches it.")
        : ((IEndpointRouteBuilder)_app).DataSources;

    /// <inheritdoc />
    IApplicationBuilder IEndpointRouteBuilder.CreateApplicationBuilder() => ((IEndpointRouteBuilder)_app).CreateApplicationBuilder();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_started.IsValueCreated)
        {
            (await _started.Value.ConfigureAwait(false)).Dispose();
            await _app.StopAsync().ConfigureAwait(false);
        }
        await _app.DisposeAsync().ConfigureAwait(false);
        Handler.Dispose();
    }

    private async Task<HttpMessageInvoker> StartAsync()
    {
        await _app.StartAsync().ConfigureAwait(false);
        var server = (TestServer)_app.Services.GetRequiredService<IServer>();
        return new HttpMessageInvoker(server.CreateHandler());
    }

    /// <summary>Starts the fake at the first request, then forwards every request to its test server.</summary>
    private sealed class StartingHandler(FakeService fake) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var server = await fake._started.Value.ConfigureAwait(false);
            Interlocked.Increment(ref fake._requestCount);
            return await server.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
