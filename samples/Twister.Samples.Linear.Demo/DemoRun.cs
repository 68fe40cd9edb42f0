using System.Text;
using Twister.Hosting;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;

namespace Twister.Samples.Linear.Demo;

/// <summary>The running demo, as a connector's part of it sees it: the host, the enabled channels and their webhooks, the clock.</summary>
public sealed class DemoRun
{
    internal DemoRun(TwisterHost host, ConnectorLifecycle connector, IReadOnlyList<Channel> channels, DemoClock clock, IDemoReporter reporter)
    {
        Host = host;
        Connector = connector;
        Channels = channels;
        Clock = clock;
        Reporter = reporter;
    }

    /// <summary>The host.</summary>
    public TwisterHost Host { get; }

    /// <summary>The connector's lifecycle.</summary>
    public ConnectorLifecycle Connector { get; }

    /// <summary>The channels the demo enabled, in the order the connector listed them.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>The host's clock, which the demo moves on by hand.</summary>
    public DemoClock Clock { get; }

    /// <summary>Where the steps are told.</summary>
    public IDemoReporter Reporter { get; }

    /// <summary>
    /// The channel's live webhook URL, read from the host when asked: a connector may create it after the enable
    /// (in a task) and replace it later (a renewal), so the newest one is the channel's.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">The channel has no live webhook.</exception>
    public async Task<string> WebhookUrlAsync(string channelId, CancellationToken cancellationToken = default)
        => (await Host.GetWebhooksAsync(cancellationToken)).LastOrDefault(w => w.Connector == Connector.Name && w.ChannelId == channelId)?.Url
           ?? throw new InvalidOperationException($"The channel {channelId} of '{Connector.Name}' has no live webhook.");

    /// <summary>Runs the tasks due now, one at a time, calling <paramref name="afterEach"/> after each; stops at the first failure.</summary>
    /// <param name="afterEach">Called after every task (the sync's progress).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many tasks ran.</returns>
    public async Task<int> RunDueTasksAsync(Action? afterEach = null, CancellationToken cancellationToken = default)
    {
        var ran = 0;
        while (await Host.RunDueTasksAsync(maxTasks: 1, cancellationToken) is [var record])
        {
            ThrowIfFailed(record);
            ran++;
            afterEach?.Invoke();
        }
        return ran;
    }

    /// <summary>Moves the clock on, then runs what became due.</summary>
    /// <param name="by">How far.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many tasks ran.</returns>
    public Task<int> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default)
    {
        Clock.Advance(by);
        return RunDueTasksAsync(cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Posts a webhook payload to a channel's URL over the socket, as the service would (through the host's
    /// loopback endpoint and queue), then runs the delivery.
    /// </summary>
    /// <param name="channelId">The channel whose webhook receives it.</param>
    /// <param name="json">The payload.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    public async Task DeliverAsync(string channelId, string json, CancellationToken cancellationToken = default)
    {
        var (status, answer) = await PostWebhookAsync(channelId, url => new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, cancellationToken);
        if (status is < 200 or > 299) throw new InvalidOperationException($"The webhook answered {status}: {answer}");
        if (await RunDueTasksAsync(cancellationToken: cancellationToken) == 0) throw new InvalidOperationException("The webhook delivery queued no task.");
    }

    /// <summary>
    /// Sends a request to a channel's webhook URL over the socket, as the service would, and returns the answer
    /// (a synchronous webhook's response is its callback's). Runs nothing: the caller runs what it queued.
    /// </summary>
    /// <param name="channelId">The channel whose webhook receives it.</param>
    /// <param name="request">Builds the request for the webhook URL (headers, body).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status code and the response body as text.</returns>
    public async Task<(int StatusCode, string Body)> PostWebhookAsync(string channelId, Func<Uri, HttpRequestMessage> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var http = new HttpClient();
        using var message = request(new Uri(await WebhookUrlAsync(channelId, cancellationToken)));
        using var response = await http.SendAsync(message, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Stops at a failed execution instead of waiting for the queue's retries: a demo should fail fast.</summary>
    /// <param name="record">An execution.</param>
    /// <exception cref="InvalidOperationException">It failed.</exception>
    public static void ThrowIfFailed(ExecutionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status == ExecutionStatus.Failed)
            throw new InvalidOperationException($"{record.Kind} {record.CallbackKey} failed: {record.Error}", record.Exception);
    }
}
