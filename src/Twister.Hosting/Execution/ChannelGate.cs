using Twister.Hosting.Storage;

namespace Twister.Hosting.Execution;

/// <summary>
/// Lets one execution per channel run at a time in this process, the others waiting their turn in arrival
/// order, while executions of different channels run in parallel. Across processes the task queue's
/// channel leases keep tasks of one channel apart.
/// </summary>
internal sealed class ChannelGate
{
    private readonly Dictionary<ChannelKey, Entry> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>Waits for <paramref name="channel"/>'s turn; dispose the result to end it.</summary>
    public async ValueTask<Turn> EnterAsync(ChannelKey channel, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(channel, out entry!)) _entries[channel] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(channel, entry);
            throw;
        }
        return new Turn(this, channel, entry);
    }

    private void Leave(ChannelKey channel, Entry entry)
    {
        lock (_lock)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(channel);
                entry.Semaphore.Dispose();
            }
        }
    }

    internal sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    /// <summary>A channel's turn.</summary>
    public readonly struct Turn : IDisposable
    {
        private readonly ChannelGate _gate;
        private readonly ChannelKey _channel;
        private readonly Entry _entry;

        internal Turn(ChannelGate gate, ChannelKey channel, Entry entry)
        {
            _gate = gate;
            _channel = channel;
            _entry = entry;
        }

        public void Dispose()
        {
            _entry.Semaphore.Release();
            _gate.Leave(_channel, _entry);
        }
    }
}
