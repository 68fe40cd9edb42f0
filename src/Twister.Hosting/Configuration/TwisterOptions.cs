using Twister.Hosting.Storage;

namespace Twister.Hosting.Configuration;

/// <summary>
/// Settings of the local Twister host, read through <c>IOptions&lt;TwisterOptions&gt;</c>: bound from the
/// <see cref="SectionName"/> configuration section, then adjusted by <c>AddTwister(o =&gt; ...)</c> (code wins),
/// and validated when the host starts (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
/// naming each bad setting).
/// </summary>
public sealed class TwisterOptions
{
    /// <summary>The configuration section the options are bound from: <c>Twister</c>.</summary>
    public const string SectionName = "Twister";

    /// <summary>
    /// The SQLite database file, created with its folder when missing. Ignored when <see cref="UseInMemoryDatabase"/>
    /// or <see cref="Storage"/> is set. Defaults to <c>twister.db</c> in the current directory.
    /// </summary>
    public string DatabasePath { get; set; } = "twister.db";

    /// <summary>Keeps every table in memory (lost when the host stops): for tests and throw-away runs.</summary>
    public bool UseInMemoryDatabase { get; set; }

    /// <summary>
    /// Creates the storage provider (set in code, never bound from configuration). <see langword="null"/> (the default) is SQLite at <see cref="DatabasePath"/>
    /// (or in memory); provider packages set it, for example <c>o.UsePostgreSql(connectionString)</c>.
    /// </summary>
    public Func<IServiceProvider, ITwisterStorage>? Storage { get; set; }

    /// <summary>
    /// How many executions the background worker runs at once, each on a different channel (executions of
    /// one channel always run one at a time, in order). Default 4.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; } = 4;

    /// <summary>
    /// How long a claimed task stays leased to this host without renewal. A running task's lease is renewed
    /// every third of it; a host that dies leaves its tasks to be taken over once their leases expire. Default 30 s.
    /// </summary>
    public TimeSpan TaskLeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests (outbound HTTP, tool calls, store operations) one execution may make. Default 1000.</summary>
    public int RequestBudget { get; set; } = 1000;

    /// <summary>How many times a task runs before it is marked failed. Default 5.</summary>
    public int MaxTaskAttempts { get; set; } = 5;

    /// <summary>The delay before a failed task's next attempt, multiplied by the number of attempts so far. Default 1 s.</summary>
    public TimeSpan TaskRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the background worker looks for due tasks when it was not signalled. Default 1 s.</summary>
    public TimeSpan TaskPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs the background task worker. Default on; the test kit turns it off and runs tasks itself.</summary>
    public bool RunTaskWorker { get; set; } = true;

    /// <summary>Serves webhooks on loopback with Kestrel. Default on; the test kit delivers webhooks without a socket.</summary>
    public bool RunWebhookServer { get; set; } = true;

    /// <summary>The loopback port of the webhook endpoint; 0 picks a free one. Default 0.</summary>
    public int WebhookPort { get; set; }

    /// <summary>The largest webhook body accepted; larger ones get 413. Default 1 MiB.</summary>
    public int MaxWebhookBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The public address webhook URLs start with, for example <c>https://sync.example.com/</c> behind a proxy
    /// or a tunnel (for example <c>https://abc.ngrok.app/</c>); URLs are <c>{WebhookBaseUrl}webhooks/{token}</c>, and
    /// connectors register them with their service. Unset (the default), they point at the loopback endpoint, or at
    /// the first address of the app that maps <c>MapTwisterWebhooks()</c>, and connectors skip registering local
    /// URLs (<see cref="WebhookUrl.IsLocal"/>). The test kit builds URLs on it too, without a server.
    /// </summary>
    public Uri? WebhookBaseUrl { get; set; }

    /// <summary>Outbound HTTP of connectors: retries, <c>Retry-After</c>, circuit breaker and timeouts (section <c>Twister:Http</c>).</summary>
    public TwisterHttpOptions Http { get; } = new();

    /// <summary>Thresholds of the host's health checks (section <c>Twister:Health</c>).</summary>
    public TwisterHealthOptions Health { get; } = new();

    /// <summary>
    /// Development origin mappings: a request to a key origin (for example <c>https://api.linear.app</c>)
    /// that passed the allowlist check is sent to the mapped loopback base address instead. See also
    /// <see cref="MapOrigin(string, HttpMessageHandler)"/>, which answers an origin in process.
    /// </summary>
    public IDictionary<string, Uri> OriginMappings { get; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps <paramref name="origin"/> to <paramref name="target"/> (see <see cref="OriginMappings"/>).</summary>
    /// <param name="origin">The origin the connector calls, for example <c>https://api.linear.app</c>.</param>
    /// <param name="target">Where the request really goes, for example <c>http://127.0.0.1:5123</c>.</param>
    /// <returns>These options.</returns>
    public TwisterOptions MapOrigin(string origin, Uri target)
    {
        var key = OriginOf(origin);
        _originHandlers.Remove(key);
        OriginMappings[key] = target;
        return this;
    }

    // In-process origin handlers, set by MapOrigin(origin, handler): a field, so configuration binding leaves it alone.
    private readonly Dictionary<string, HttpMessageHandler> _originHandlers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The in-process handler mapped to <paramref name="origin"/> (scheme, host and port), if any.</summary>
    internal bool TryGetOriginHandler(string origin, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HttpMessageHandler? handler)
        => _originHandlers.TryGetValue(origin, out handler);

    /// <summary>
    /// Answers requests to <paramref name="origin"/> with <paramref name="handler"/>, in process, with no socket (for
    /// example an ASP.NET Core <c>TestServer</c>'s handler): a request that passed the allowlist check and was
    /// counted against the budget goes to the handler instead of the network. The caller owns the handler and
    /// disposes it after the host.
    /// </summary>
    /// <param name="origin">The origin the connector calls, for example <c>https://api.linear.app</c>.</param>
    /// <param name="handler">The in-process handler that answers them; it sees the URL the connector asked for.</param>
    /// <returns>These options.</returns>
    public TwisterOptions MapOrigin(string origin, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var key = OriginOf(origin);
        OriginMappings.Remove(key);
        _originHandlers[key] = handler;
        return this;
    }

    /// <summary>The scheme, host and port of <paramref name="origin"/>, the form both mappings are keyed by.</summary>
    private static string OriginOf(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return Uri.TryCreate(origin, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url.GetLeftPart(UriPartial.Authority)
            : throw new ArgumentException($"'{origin}' is not an origin: write it as https://host[:port].", nameof(origin));
    }
}
