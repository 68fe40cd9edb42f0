using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Twister.Samples.FakeLinear.Api;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.FakeLinear.Model;

namespace Twister.Samples.FakeLinear;

/// <summary>
/// An embedded fake of a Linear-like REST API on 127.0.0.1 (a free port), over deterministic
/// in-memory data. Every request needs <c>Authorization: Bearer {Token}</c>.
/// </summary>
/// <example><code>
/// await using var linear = new FakeLinearService(FakeLinearData.Seed(teams: 2, issuesPerTeam: 250));
/// await linear.StartAsync();
/// options.MapOrigin("https://api.linear.app", linear.BaseAddress);
/// </code></example>
public sealed class FakeLinearService : IAsyncDisposable
{
    /// <summary>The bearer token accepted unless another is given.</summary>
    public const string DefaultToken = "fake-linear-token";

    private WebApplication? _app;
    private int _requestCount;

    /// <summary>Creates the service (not yet listening).</summary>
    /// <param name="data">The state it serves.</param>
    /// <param name="token">The bearer token it accepts.</param>
    public FakeLinearService(FakeLinearData data, string token = DefaultToken)
    {
        Data = data;
        Token = token;
    }

    /// <summary>The state served; edit it to play the external service's users.</summary>
    public FakeLinearData Data { get; }

    /// <summary>The accepted bearer token.</summary>
    public string Token { get; }

    /// <summary>Where the service listens, once started.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How many requests it answered (including refused ones).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Starts listening on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requestCount);
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            await next(context).ConfigureAwait(false);
        });
        FakeLinearEndpoints.Map(app, Data);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        BaseAddress = new Uri(app.Urls.First() + "/");
        _app = app;
    }

    /// <summary>Builds the JSON a Linear-like webhook would deliver for an issue: <c>{"type":"Issue","action",...,"data":Issue}</c>, comments inlined.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="action"><c>create</c>, <c>update</c> or <c>remove</c>.</param>
    /// <exception cref="KeyNotFoundException">No such issue.</exception>
    public string BuildWebhookPayload(string issueId, string action = "update")
    {
        var issue = Data.GetIssue(issueId) ?? throw new KeyNotFoundException($"No issue {issueId}.");
        return JsonSerializer.Serialize(new WebhookPayload("Issue", action, Data.WithComments(issue)), FakeLinearJson.Default.WebhookPayload);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }
}
