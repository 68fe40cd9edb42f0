using Orleans;
using Orleans.Placement;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Orleans.Grains;

/// <summary>
/// Runs one channel's executions, one at a time, in order. Orleans keeps one activation of the grain in the
/// cluster and runs its calls one after another, so the channel's lifecycle calls and due tasks queue in its
/// mailbox: a drain runs one task per turn and queues the next turn behind whatever arrived meanwhile. The
/// executions themselves are the local host's (<see cref="TaskRunner"/>, <see cref="ConnectorLifecycle"/>,
/// the Plot workspace): fresh instance, budget, allowlist, unit of work and lease, from the same core code.
/// The task queue in PostgreSQL stays the record: a task is claimed with a lease, so a second activation in a
/// failure window, or a host on the same database, never runs a task of this channel at the same time.
/// </summary>
[RandomPlacement]
internal sealed class ChannelGrain(TwisterHost host, TaskRunner tasks) : Grain, IChannelGrain
{
    private ChannelKey? _channel;
    private bool _drainQueued;

    private ChannelKey Channel => _channel ??= ChannelGrainKey.Parse(this.GetPrimaryKeyString());

    private ConnectorLifecycle Lifecycle => host.Connector(Channel.Connector);

    public Task WakeAsync()
    {
        if (!_drainQueued)
        {
            _drainQueued = true;
            this.AsReference<IChannelGrain>().RunNextTaskAsync().Ignore();
        }
        return Task.CompletedTask;
    }

    public async Task RunNextTaskAsync()
    {
        _drainQueued = false;
        if (await tasks.ClaimAsync(Channel, CancellationToken.None) is not { } task) return;
        await tasks.RunAsync(task, CancellationToken.None);
        await WakeAsync();
    }

    public Task<ChannelCallResult> InstallAsync(string? developmentToken)
        => CallAsync(async () => new ChannelCallResult { ChannelIds = [.. (await Lifecycle.InstallAsync(developmentToken)).Select(c => c.Id)] });

    public Task<ChannelCallResult> EnableAsync()
        => CallAsync(async () =>
        {
            await Lifecycle.EnableChannelAsync(Channel.ChannelId);
            return ChannelCallResult.Done;
        });

    public Task<ChannelCallResult> DisableAsync()
        => CallAsync(async () => new ChannelCallResult { Count = await Lifecycle.DisableChannelAsync(Channel.ChannelId) });

    public Task<ChannelCallResult> CreateLinkAsync(CreateLinkDraft draft)
        => CallAsync(async () => new ChannelCallResult { Id = (await Lifecycle.CreateLinkAsync(draft))?.Id });

    public Task<ChannelCallResult> AddNoteAsync(long activityId, string content, Actor? author)
        => CallAsync(async () => new ChannelCallResult { Id = (await host.Plot.AddNoteAsync(activityId, content, author)).Id });

    public Task<ChannelCallResult> EditNoteAsync(long noteId, string content)
        => CallAsync(async () => new ChannelCallResult { Id = (await host.Plot.EditNoteAsync(noteId, content)).Id });

    // A failed execution is an answer, not a crash of the call: it travels back as its record.
    private static async Task<ChannelCallResult> CallAsync(Func<Task<ChannelCallResult>> call)
    {
        try
        {
            return await call();
        }
        catch (ExecutionFailedException failed)
        {
            return new ChannelCallResult { Failure = failed.Record };
        }
    }
}
