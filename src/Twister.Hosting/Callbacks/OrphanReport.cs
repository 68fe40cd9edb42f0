using Microsoft.Extensions.Logging;
using Twister.Hosting.Connectors;
using Twister.Hosting.Execution;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Callbacks;

/// <summary>Finds, marks and lists tokens and tasks whose callback key is gone from the connector's manifest.</summary>
internal sealed class OrphanReport(ExecutionEnvironment environment, ConnectorRegistry connectors, ILogger<OrphanReport> logger)
{
    /// <summary>Marks every token naming a key its connector lacks (logged once per token); returns how many were newly marked.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var found = new List<(StoredCallback Callback, string Reason)>();
        foreach (var callback in await environment.Storage.Callbacks.ListUnmarkedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (MissingReason(callback.Connector, callback.Key) is { } reason) found.Add((callback, reason));
        }
        if (found.Count == 0) return 0;
        await environment.Storage.CommitAsync([.. found.Select(f => new MarkCallbackOrphaned(f.Callback.Token, f.Reason))], environment.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var (callback, reason) in found) HostLog.OrphanedCallback(logger, OrphanKind.Token, callback.Token, callback.Connector, callback.Key, reason);
        return found.Count;
    }

    /// <summary>The reason <paramref name="key"/> cannot run in <paramref name="connector"/>, or <see langword="null"/> when it can.</summary>
    public string? MissingReason(string connector, string key)
    {
        var registration = connectors.Find(connector);
        if (registration is null) return $"Connector '{connector}' is not added to this host.";
        return registration.Descriptor.HasCallback(key)
            ? null
            : new CallbackNotFoundException(connector, key).Message;
    }

    /// <summary>Every marked token and orphaned task.</summary>
    public Task<IReadOnlyList<OrphanedCallback>> ListAsync(CancellationToken cancellationToken)
        => environment.Storage.Callbacks.ListOrphanedAsync(cancellationToken);
}
