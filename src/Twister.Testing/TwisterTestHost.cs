using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Twister.Hosting;
using Twister.Hosting.Configuration;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;
using Twister.Runtime;

namespace Twister.Testing;

/// <summary>
/// An in-memory Twister host for connector tests: the real host engine (same unit of work, budgets,
/// queue and Plot store) on an in-memory database, with a virtual clock and no background worker or
/// socket, so a test decides when tasks run and when webhooks arrive.
/// </summary>
public sealed class TwisterTestHost : IAsyncDisposable
{
    /// <summary>Where the virtual clock starts: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string _connectorName;

    private TwisterTestHost(ServiceProvider services, FakeTimeProvider clock, string connectorName)
    {
        _services = services;
        Clock = clock;
        _connectorName = connectorName;
        Host = services.GetRequiredService<TwisterHost>();
    }

    /// <summary>Creates a host running <typeparamref name="TConnector"/>.</summary>
    /// <typeparam name="TConnector">The connector under test.</typeparam>
    /// <param name="configure">Adjusts the options (budget, retries, origin mappings); the database stays in memory.</param>
    /// <param name="developmentToken">The token <see cref="InstallAsync"/> uses. Default <c>"test-token"</c>.</param>
    public static TwisterTestHost Create<TConnector>(Action<TwisterOptions>? configure = null, string developmentToken = "test-token")
        where TConnector : Connector<TConnector>, IConnectorDefinition
    {
        var clock = new FakeTimeProvider(DefaultStart);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTwister(options =>
            {
                configure?.Invoke(options);
                options.UseInMemoryDatabase = true;
                options.RunTaskWorker = false;
                options.RunWebhookServer = false;
            })
            .AddConnector<TConnector>(c => c.DevelopmentToken = developmentToken);
        return new TwisterTestHost(services.BuildServiceProvider(), clock, TConnector.Descriptor.Manifest.Name);
    }

    /// <summary>The virtual clock: tasks are due by it; advance it with <see cref="AdvanceAsync"/>.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The underlying host, for anything this kit does not wrap.</summary>
    public TwisterHost Host { get; }

    /// <summary>The connector under test's lifecycle (install, enable, disable, create-link).</summary>
    public ConnectorLifecycle Connector => Host.Connector(_connectorName);

    /// <summary>What reached Plot, and the user's side of it (add or edit notes).</summary>
    public PlotWorkspace Plot => Host.Plot;

    /// <summary>Installs the connector with the development token and enables <paramref name="channelId"/> (or its first channel).</summary>
    /// <param name="channelId">The channel to enable; the first one listed when omitted.</param>
    /// <returns>The enabled channel.</returns>
    public async Task<Channel> InstallAsync(string? channelId = null)
    {
        var channels = await Connector.InstallAsync().ConfigureAwait(false);
        var channel = channelId is null ? channels[0] : channels.Single(c => c.Id == channelId);
        await Connector.EnableChannelAsync(channel.Id).ConfigureAwait(false);
        return channel;
    }

    /// <summary>Runs the tasks due at the current virtual time (and those they queue for now).</summary>
    /// <returns>The executions that ran.</returns>
    public Task<IReadOnlyList<ExecutionRecord>> RunPendingTasksAsync() => Host.RunDueTasksAsync();

    /// <summary>Advances the virtual clock, then runs the tasks due.</summary>
    /// <param name="by">How far to advance.</param>
    /// <returns>The executions that ran.</returns>
    public Task<IReadOnlyList<ExecutionRecord>> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return Host.RunDueTasksAsync();
    }

    /// <summary>
    /// Runs tasks until none is pending, moving the virtual clock to each next due time (so scheduled
    /// tasks and retries run too).
    /// </summary>
    /// <param name="maxExecutions">Stops with an exception after this many executions (a task chain that never ends).</param>
    /// <returns>The executions that ran.</returns>
    public async Task<IReadOnlyList<ExecutionRecord>> RunUntilIdleAsync(int maxExecutions = 10_000)
    {
        var records = new List<ExecutionRecord>();
        while (true)
        {
            records.AddRange(await Host.RunDueTasksAsync(maxExecutions + 1 - records.Count).ConfigureAwait(false));
            if (records.Count > maxExecutions)
                throw new TwisterAssertionException($"More than {maxExecutions} executions ran without the queue becoming idle: is a task chain unbounded?");
            var pending = (await Host.GetTasksAsync().ConfigureAwait(false)).Where(t => t.Status == QueuedTaskStatus.Pending).ToList();
            if (pending.Count == 0) return records;
            var next = pending.Min(t => t.RunAt);
            if (next > Clock.GetUtcNow()) Clock.SetUtcNow(next);
        }
    }

    /// <summary>The queue: pending, done, failed, cancelled and orphaned tasks.</summary>
    public Task<IReadOnlyList<QueuedTask>> GetTasksAsync() => Host.GetTasksAsync();

    /// <summary>The webhooks the connector created.</summary>
    public Task<IReadOnlyList<WebhookRegistration>> GetWebhooksAsync() => Host.GetWebhooksAsync();

    /// <summary>
    /// Delivers a webhook without a socket, with the endpoint's checks and status codes; an accepted
    /// delivery is queued: run it with <see cref="RunPendingTasksAsync"/>.
    /// </summary>
    /// <param name="url">The webhook URL (see <see cref="GetWebhooksAsync"/>).</param>
    /// <param name="body">The body.</param>
    /// <param name="contentType">Its content type.</param>
    public Task<WebhookDelivery> DeliverWebhookAsync(string url, string body, string contentType = "application/json")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType };
        return Host.DeliverWebhookAsync(url, new WebhookRequest("POST", headers, Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>
    /// Runs the callback <paramref name="key"/> with persisted arguments written by an older (or newer)
    /// version of the connector, in a new execution, as a token or task holding them would.
    /// </summary>
    /// <param name="key">The callback key.</param>
    /// <param name="legacyArgumentsJson">The persisted arguments: a JSON array, element <em>i</em> = parameter <em>i</em>.</param>
    /// <param name="invocationArgument">The argument supplied at invocation (for example a <see cref="WebhookRequest"/>), if any.</param>
    /// <returns>The execution; a failed one carries the error (for example a <see cref="CallbackArgumentException"/> naming the index).</returns>
    public Task<ExecutionRecord> InvokeCallbackAsync(string key, string legacyArgumentsJson, object? invocationArgument = null)
        => Host.InvokeCallbackAsync(_connectorName, key, Encoding.UTF8.GetBytes(legacyArgumentsJson), invocationArgument, CancellationToken.None);

    /// <summary>The connector's stored value of <paramref name="key"/> as JSON text, or <see langword="null"/> when absent.</summary>
    /// <param name="key">The store key.</param>
    public async Task<string?> GetStoredJsonAsync(string key)
        => await Host.ReadStoreAsync(_connectorName, key, CancellationToken.None).ConfigureAwait(false) is { } value ? Encoding.UTF8.GetString(value) : null;

    /// <summary>Every execution so far, oldest first.</summary>
    public Task<IReadOnlyList<ExecutionRecord>> GetExecutionsAsync() => Host.GetExecutionsAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
