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
    private readonly Lock _gate = new();
    private bool _renewing;
    private bool _tickedWhileRenewing;

    public LeaseKeeper(ITaskQueue queue, TimeProvider clock, ClaimedTask task, TimeSpan lease, ILogger logger, CancellationToken cancellationToken)
    {
        _queue = queue;
        _clock = clock;
        _task = task;
        _lease = lease;
        _logger = logger;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var period = lease / 3;
        _timer = clock.CreateTimer(_ => _ = OnTickAsync(), null, period, period);
    }

    /// <summary>Cancelled when the lease is lost or the caller cancels.</summary>
    public CancellationToken Token => _lost.Token;

    /// <remarks>
    /// A tick that comes while a renewal still runs is not dropped: the running renewal renews once more
    /// when it ends. Dropping it would leave the lease a whole period shorter than planned, and two
    /// dropped ticks in a row would let it expire under a slow database.
    /// </remarks>
    private async Task OnTickAsync()
    {
        lock (_gate)
        {
            if (_renewing)
            {
                _tickedWhileRenewing = true;
                return;
            }
            _renewing = true;
        }
        while (true)
        {
            await RenewAsync().ConfigureAwait(false);
            lock (_gate)
            {
                if (!_tickedWhileRenewing)
                {
                    _renewing = false;
                    return;
                }
                _tickedWhileRenewing = false;
            }
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            if (_lost.IsCancellationRequested) return;
            if (!await _queue.RenewLeaseAsync(_task.Id, _task.LeaseOwner, _clock.GetUtcNow() + _lease, CancellationToken.None).ConfigureAwait(false))
            {
                HostLog.LeaseLost(_logger, _task.Id);
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (TwisterStorageException)
        {
            // The storage is unreachable for now: the next tick tries again; the commit checks the lease anyway.
        }
        catch (ObjectDisposedException)
        {
            // The execution ended while this renewal ran.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        _lost.Dispose();
    }
}
