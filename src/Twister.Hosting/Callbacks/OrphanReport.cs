using Microsoft.Extensions.Logging;
using Twister.Hosting.Connectors;
using Twister.Hosting.Observability;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Callbacks;

/// <summary>Finds, marks and lists tokens and tasks whose callback key is gone from the connector's manifest.</summary>
internal sealed class OrphanReport(TwisterDatabase database, ConnectorRegistry connectors, ILogger<OrphanReport> logger)
{
    /// <summary>Marks every token naming a key its connector lacks (logged once per token); returns how many were newly marked.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        using var lease = await database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<(string Token, string Connector, string Key, string Reason)>();
        using (var command = database.Command("SELECT token, connector, callback_key FROM callbacks WHERE orphaned_reason IS NULL"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var (token, connector, key) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                var reason = MissingReason(connector, key);
                if (reason is not null) found.Add((token, connector, key, reason));
            }
        }
        foreach (var orphan in found)
        {
            database.Execute("UPDATE callbacks SET orphaned_reason = @r WHERE token = @t", ("@r", orphan.Reason), ("@t", orphan.Token));
            HostLog.OrphanedCallback(logger, OrphanKind.Token, orphan.Token, orphan.Connector, orphan.Key, orphan.Reason);
        }
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
    public async Task<IReadOnlyList<OrphanedCallback>> ListAsync(CancellationToken cancellationToken)
    {
        using var lease = await database.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<OrphanedCallback>();
        using (var command = database.Command("SELECT token, connector, callback_key, orphaned_reason FROM callbacks WHERE orphaned_reason IS NOT NULL ORDER BY created_at, token"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) result.Add(new(OrphanKind.Token, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        using (var command = database.Command($"SELECT id, connector, callback_key, last_error FROM tasks WHERE status = '{TaskStore.Orphaned}' ORDER BY seq"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) result.Add(new(OrphanKind.Task, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3) ?? ""));
        }
        return result;
    }
}
