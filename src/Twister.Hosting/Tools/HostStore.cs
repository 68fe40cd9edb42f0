using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Store tool: reads see the committed state plus this execution's own writes, which are buffered until it commits.</summary>
internal sealed class HostStore(ExecutionScope scope) : IStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        scope.Spend("store.get");
        var (known, value) = scope.Work.FindState(key);
        return known ? value : await scope.Storage.State.GetAsync(scope.Connector.Name, key, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        scope.Spend("store.set");
        scope.Work.Add(new SetState(scope.Connector.Name, key, value.ToArray()));
        return ValueTask.CompletedTask;
    }

    public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        scope.Spend("store.clear");
        scope.Work.Add(new ClearState(scope.Connector.Name, key));
        return ValueTask.CompletedTask;
    }

    public async ValueTask<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        scope.Spend("store.list");
        var committed = await scope.Storage.State.ListKeysAsync(scope.Connector.Name, prefix, cancellationToken).ConfigureAwait(false);
        return scope.Work.MergeKeys(committed, prefix);
    }

    public ValueTask ClearAllAsync(CancellationToken cancellationToken = default)
    {
        scope.Spend("store.clearAll");
        scope.Work.Add(new ClearStatePrefix(scope.Connector.Name, ""));
        return ValueTask.CompletedTask;
    }
}
