using Microsoft.Extensions.Logging;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tasks;

/// <summary>
/// Renews a claimed task's lease while its execution runs (every third of the lease), and cancels the
/// execution if the lease is lost: another host may then be running the task, and this execution's
/// writes would be refused at commit anyway.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly ITaskQueue _queue;
    private readonly TimeProvider _clock;
    private readonly ClaimedTask _task;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost;
    private readonly ITimer _timer;
    private int _renewing;

    public LeaseKeeper(ITaskQueue queue, TimeProvider clock, ClaimedTask task, TimeSpan lease, ILogger logger, CancellationToken cancellationToken)
    {
        _queue = queue;
        _clock = clock;
        _task = task;
        _lease = lease;
        _logger = logger;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var period = lease / 3;
        _timer = clock.CreateTimer(_ => _ = RenewAsync(), null, period, period);
    }

    /// <summary>Cancelled when the lease is lost or the caller cancels.</summary>
    public CancellationToken Token => _lost.Token;

    private async Task RenewAsync()
    {
        if (Interlocked.Exchange(ref _renewing, 1) == 1) return;
        try
        {
            if (!await _queue.RenewLeaseAsync(_task.Id, _task.LeaseOwner, _clock.GetUtcNow() + _lease, CancellationToken.None).ConfigureAwait(false))
            {
                HostLog.LeaseLost(_logger, _task.Id);
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (TwisterStorageException)
        {
            // The storage is unreachable for now: the next renewal tries again; the commit checks the lease anyway.
        }
        catch (ObjectDisposedException)
        {
            // The execution ended while this renewal ran.
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        _lost.Dispose();
    }
}
