using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Tasks tool: rows of the durable queue, visible to the worker once the execution commits.</summary>
internal sealed class HostTasks(ExecutionScope scope) : ITasks
{
    public ValueTask<string> RunTaskAsync(Callback callback, CancellationToken cancellationToken = default)
        => RunTaskAsync(callback, scope.Now, cancellationToken);

    public ValueTask<string> RunTaskAsync(Callback callback, DateTimeOffset runAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        scope.Spend("tasks.run");
        var id = TaskStore.Enqueue(scope.Database, scope.Connector.Name, callback.Key, callback.Arguments, invocation: null, runAt);
        scope.QueuedTasks = true;
        return ValueTask.FromResult(id);
    }

    public ValueTask CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        scope.Spend("tasks.cancel");
        TaskStore.Cancel(scope.Database, taskId);
        return ValueTask.CompletedTask;
    }
}
