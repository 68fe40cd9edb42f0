using Twister.Hosting.Callbacks;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;
using Twister.Hosting.Webhooks;
using Twister.Runtime;

namespace Twister.Hosting;

/// <summary>
/// The local host's front door (a singleton of <c>AddTwister</c>): each connector's lifecycle, the Plot
/// side, the task queue, webhook delivery and the diagnostics (executions, orphaned callbacks).
/// </summary>
public sealed class TwisterHost
{
    private readonly ExecutionEnvironment _environment;
    private readonly ConnectorRegistry _connectors;
    private readonly ExecutionEngine _engine;
    private readonly TaskRunner _tasks;
    private readonly WebhookIngress _webhooks;
    private readonly OrphanReport _orphans;
    private readonly TaskSignal _taskSignal;

    internal TwisterHost(ExecutionEnvironment environment, ConnectorRegistry connectors, ExecutionEngine engine, TaskRunner tasks, WebhookIngress webhooks,
        OrphanReport orphans, PlotWorkspace plot, TaskSignal taskSignal)
    {
        _taskSignal = taskSignal;
        _environment = environment;
        _connectors = connectors;
        _engine = engine;
        _tasks = tasks;
        _webhooks = webhooks;
        _orphans = orphans;
        Plot = plot;
    }

    /// <summary>The Plot side: activities, notes, user notes and edits.</summary>
    public PlotWorkspace Plot { get; }

    /// <summary>Where the data lives (for example <c>SQLite file '/data/twister.db'</c>).</summary>
    public string StorageLocation => Storage.Location;

    /// <summary>Where webhook URLs point (the loopback endpoint once the host has started).</summary>
    public Uri WebhookBaseAddress => _environment.WebhookAddress.BaseAddress;

    private ITwisterStorage Storage => _environment.Storage;

    /// <summary>The lifecycle of <typeparamref name="TConnector"/>.</summary>
    /// <typeparam name="TConnector">A connector added with <c>AddConnector</c>.</typeparam>
    public ConnectorLifecycle Connector<TConnector>()
        where TConnector : IConnectorDefinition
        => Connector(TConnector.Descriptor.Manifest.Name);

    /// <summary>The lifecycle of the connector named <paramref name="name"/>.</summary>
    /// <param name="name">The connector's name.</param>
    public ConnectorLifecycle Connector(string name)
        => new(_connectors.Get(name), _engine, Storage);

    /// <summary>
    /// Runs <c>UpgradeAsync</c> for every installed connector whose manifest changed since it was installed or
    /// last upgraded (a new version), once each. The background worker does this at start.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The connectors upgraded.</returns>
    public async Task<IReadOnlyList<string>> UpgradeConnectorsAsync(CancellationToken cancellationToken = default)
    {
        var upgraded = new List<string>();
        foreach (var connector in _connectors.All)
        {
            if (await Connector(connector.Name).UpgradeIfChangedAsync(cancellationToken).ConfigureAwait(false)) upgraded.Add(connector.Name);
        }
        return upgraded;
    }

    /// <summary>
    /// Claims and runs the tasks due now (and those they queue for now), one after another, each in its own
    /// execution. The background worker does the same, several channels at a time.
    /// </summary>
    /// <param name="maxTasks">The most tasks to run (a task chain may never end).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The executions that ran.</returns>
    public Task<IReadOnlyList<ExecutionRecord>> RunDueTasksAsync(int maxTasks = int.MaxValue, CancellationToken cancellationToken = default)
        => _tasks.RunDueAsync(maxTasks, cancellationToken);

    /// <summary>Every task of the queue, in queue order.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<QueuedTask>> GetTasksAsync(CancellationToken cancellationToken = default)
        => Storage.Tasks.ListAsync(cancellationToken);

    /// <summary>
    /// Runs a task that ended failed or orphaned again (a user's action, committed at once): it becomes pending, due
    /// now, with its attempts counted afresh, and the worker is woken.
    /// </summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no task has that id or it is not failed or orphaned (nothing changed).</returns>
    public async Task<bool> RetryTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var now = _environment.Clock.GetUtcNow();
        var changed = await Storage.CommitAsync([new RequeueTask(taskId, now)], now, cancellationToken).ConfigureAwait(false);
        if (changed[0] == 0) return false;
        _taskSignal.Notify();
        return true;
    }

    /// <summary>Cancels a pending task (a user's action, committed at once); a task that runs loses its lease and commits nothing.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when no task has that id or it is not pending (nothing changed).</returns>
    public async Task<bool> CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var changed = await Storage.CommitAsync([new CancelTask(taskId)], _environment.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return changed[0] > 0;
    }

    /// <summary>How many pending tasks wait, run and are scheduled now, and since when the oldest waiting one is due.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<TaskQueueStatus> GetQueueStatusAsync(CancellationToken cancellationToken = default)
        => Storage.Tasks.GetStatusAsync(_environment.Clock.GetUtcNow(), cancellationToken);

    /// <summary>Every recorded execution, oldest first, with its outcome, error and request count.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<ExecutionRecord>> GetExecutionsAsync(CancellationToken cancellationToken = default)
        => Storage.Executions.ListAsync(cancellationToken);

    /// <summary>Marks and lists the tokens and tasks whose callback no longer exists (kept, never dropped).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<OrphanedCallback>> GetOrphanedCallbacksAsync(CancellationToken cancellationToken = default)
    {
        await _orphans.ScanAsync(cancellationToken).ConfigureAwait(false);
        return await _orphans.ListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The live webhooks created by connectors (URL, connector, callback key), oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<WebhookRegistration>> GetWebhooksAsync(CancellationToken cancellationToken = default)
        => [.. (await Storage.Callbacks.ListWebhooksAsync(cancellationToken).ConfigureAwait(false))
            .Select(w => new WebhookRegistration(_environment.WebhookAddress.UrlFor(w.Token), w.Connector, w.Key) { ChannelId = w.ChannelId })];

    /// <summary>
    /// Delivers a webhook in process, exactly as the loopback endpoint would (same checks and status
    /// codes); an accepted delivery is queued as a task. As at the endpoint, the query string of
    /// <paramref name="url"/> (for example a secret the connector appended before registering the URL) becomes
    /// the request's <see cref="WebhookRequest.Query"/>, unless the request already carries parameters.
    /// </summary>
    /// <param name="url">A URL returned by <c>CreateWebhookAsync</c>, possibly with a query string.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<WebhookDelivery> DeliverWebhookAsync(string url, WebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = WebhookAddress.TokenOf(url);
        if (token is null) return Task.FromResult(WebhookDelivery.UnknownToken($"'{url}' is not a webhook URL of this host."));
        if (request.Query.Count == 0 && WebhookAddress.QueryOf(url) is { Count: > 0 } query)
            request = new WebhookRequest(request.Method, request.Headers, request.Body) { Query = query };
        return _webhooks.AcceptAsync(token, request, cancellationToken);
    }

    /// <summary>The raw stored value (UTF-8 JSON) of a connector's store key, or <see langword="null"/>.</summary>
    internal Task<byte[]?> ReadStoreAsync(string connector, string key, CancellationToken cancellationToken)
        => Storage.State.GetAsync(connector, key, cancellationToken);

    /// <summary>Runs a callback by key with raw persisted arguments in a new execution (for replaying legacy arguments).</summary>
    internal Task<ExecutionRecord> InvokeCallbackAsync(string connector, string key, ReadOnlyMemory<byte> arguments, object? invocationArgument, CancellationToken cancellationToken)
    {
        var registration = _connectors.Get(connector);
        return _engine.RunAsync(new ExecutionRequest(registration, ExecutionKind.Callback, ChannelKey.ForConnector(connector), key),
            (scope, ct) => registration.Descriptor.InvokeCallbackAsync(scope.Instance, new CallbackInvocation(key, arguments, invocationArgument), ct),
            cancellationToken);
    }
}
