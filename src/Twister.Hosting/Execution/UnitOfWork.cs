using Twister.Hosting.Storage;

namespace Twister.Hosting.Execution;

/// <summary>
/// An execution's writes, buffered in order until it ends and committed in one short transaction; and
/// the overlay that lets the execution's own reads see them (state keys and callback tokens). Nothing is
/// held in the storage while connector code or outbound I/O runs. Thread-safe: connector code may call
/// its tools concurrently.
/// </summary>
internal sealed class UnitOfWork
{
    private readonly List<StorageWrite> _writes = [];
    private readonly Dictionary<string, byte[]?> _state = new(StringComparer.Ordinal);
    private readonly List<string> _clearedPrefixes = [];
    private readonly Dictionary<string, StoredCallback?> _callbacks = new(StringComparer.Ordinal);
    private bool _callbacksCleared;
    private readonly Lock _lock = new();
    private IReadOnlyList<int>? _changed;

    /// <summary>The writes so far, in the order they were made.</summary>
    public IReadOnlyList<StorageWrite> Writes
    {
        get
        {
            lock (_lock) return [.. _writes];
        }
    }

    /// <summary>Whether a task was queued (the worker is woken after the commit).</summary>
    public bool QueuedTasks { get; private set; }

    /// <summary>Adds a write; returns its position, for <see cref="RowsChanged"/>.</summary>
    public int Add(StorageWrite write)
    {
        lock (_lock) return AddLocked(write);
    }

    private int AddLocked(StorageWrite write)
    {
        switch (write)
        {
            case SetState set:
                _state[set.Key] = set.Value;
                break;
            case ClearState clear:
                _state[clear.Key] = null;
                break;
            case ClearStatePrefix prefix:
                _clearedPrefixes.Add(prefix.Prefix);
                foreach (var key in _state.Keys.Where(k => k.StartsWith(prefix.Prefix, StringComparison.Ordinal)).ToList()) _state[key] = null;
                break;
            case CreateCallback create:
                _callbacks[create.Callback.Token] = create.Callback;
                break;
            case DeleteCallback delete:
                _callbacks[delete.Token] = null;
                break;
            case DeleteCallbacks { IsWebhook: false }:
                _callbacksCleared = true;
                foreach (var (token, callback) in _callbacks.ToList())
                {
                    if (callback is { IsWebhook: false }) _callbacks[token] = null;
                }
                break;
            case EnqueueTask:
                QueuedTasks = true;
                break;
        }
        _writes.Add(write);
        return _writes.Count - 1;
    }

    /// <summary>
    /// What this unit of work says about a state key: <c>Known</c> when it set or cleared it (then
    /// <c>Value</c> is the answer), otherwise the committed value is the answer.
    /// </summary>
    public (bool Known, byte[]? Value) FindState(string key)
    {
        lock (_lock) return FindStateLocked(key);
    }

    private (bool Known, byte[]? Value) FindStateLocked(string key)
    {
        if (_state.TryGetValue(key, out var value)) return (true, value);
        foreach (var prefix in _clearedPrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return (true, null);
        }
        return (false, null);
    }

    /// <summary>The committed keys with <paramref name="prefix"/> as this unit of work leaves them.</summary>
    public IReadOnlyList<string> MergeKeys(IReadOnlyList<string> committed, string prefix)
    {
        lock (_lock)
        {
            var keys = new SortedSet<string>(committed.Where(k => !FindStateLocked(k).Known), StringComparer.Ordinal);
            foreach (var (key, value) in _state)
            {
                if (value is not null && key.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(key);
            }
            return [.. keys];
        }
    }

    /// <summary>Like <see cref="FindState"/>, for a callback token created or deleted by this unit of work.</summary>
    public (bool Known, StoredCallback? Callback) FindCallback(string token)
    {
        lock (_lock)
        {
            if (_callbacks.TryGetValue(token, out var callback)) return (true, callback);
            return (false, null);
        }
    }

    /// <summary>Whether this unit of work deleted every callback token of its connector (committed ones included).</summary>
    public bool CallbacksCleared
    {
        get
        {
            lock (_lock) return _callbacksCleared;
        }
    }

    /// <summary>Records what the commit changed.</summary>
    public void Committed(IReadOnlyList<int> changed) => _changed = changed;

    /// <summary>The rows the write at <paramref name="index"/> changed, once committed.</summary>
    public int RowsChanged(int index)
        => _changed is { } changed ? changed[index] : throw new InvalidOperationException("The unit of work has not been committed.");
}
