using Twister.Hosting.Execution;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Store tool: the connector's rows of the <c>store</c> table, inside the execution's transaction.</summary>
internal sealed class HostStore(ExecutionScope scope) : IStore
{
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        scope.Spend("store.get");
        var value = scope.Database.Scalar("SELECT value FROM store WHERE connector = @c AND key = @k", ("@c", scope.Connector.Name), ("@k", key));
        return ValueTask.FromResult((byte[]?)value);
    }

    public ValueTask SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        scope.Spend("store.set");
        scope.Database.Execute(
            "INSERT INTO store (connector, key, value) VALUES (@c, @k, @v) ON CONFLICT (connector, key) DO UPDATE SET value = excluded.value",
            ("@c", scope.Connector.Name), ("@k", key), ("@v", value.ToArray()));
        return ValueTask.CompletedTask;
    }

    public ValueTask ClearAsync(string key, CancellationToken cancellationToken = default)
    {
        scope.Spend("store.clear");
        scope.Database.Execute("DELETE FROM store WHERE connector = @c AND key = @k", ("@c", scope.Connector.Name), ("@k", key));
        return ValueTask.CompletedTask;
    }
}
