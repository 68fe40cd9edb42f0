using Twister.Hosting.Callbacks;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Runtime;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Callbacks tool: persisted tokens; running one inline shares this execution's instance and budget.</summary>
internal sealed class HostCallbacks(ExecutionScope scope) : ICallbacks
{
    public ValueTask<string> CreateAsync(Callback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        scope.Spend("callbacks.create");
        return ValueTask.FromResult(CallbackTokens.Create(scope, callback.Key, callback.Arguments, isWebhook: false));
    }

    public async ValueTask RunAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        scope.Spend("callbacks.run");
        var stored = await CallbackTokens.FindAsync(scope, token, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.IsWebhook || stored.Connector != scope.Connector.Name)
            throw new TwisterException($"No callback token '{token}' exists for connector '{scope.Connector.Name}' (it was deleted, or it is a webhook token).");
        await scope.Connector.Descriptor.InvokeCallbackAsync(scope.Instance, new CallbackInvocation(stored.Key, stored.Arguments), cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DeleteAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        scope.Spend("callbacks.delete");
        scope.Work.Add(new DeleteCallback(token, IsWebhook: false));
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        scope.Spend("callbacks.deleteAll");
        scope.Work.Add(new DeleteCallbacks(scope.Connector.Name, IsWebhook: false));
        return ValueTask.CompletedTask;
    }
}
