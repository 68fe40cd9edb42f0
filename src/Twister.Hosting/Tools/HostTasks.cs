using System.Security.Cryptography;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Tasks tool: tasks on the execution's channel, queued when the execution commits.</summary>
internal sealed class HostTasks(ExecutionScope scope) : ITasks
{
    public ValueTask<string> RunTaskAsync(Callback callback, CancellationToken cancellationToken = default)
        => RunTaskAsync(callback, scope.Now, cancellationToken);

    public ValueTask<string> RunTaskAsync(Callback callback, DateTimeOffset runAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        scope.Spend("tasks.run");
        var id = NewTaskId();
        scope.Work.Add(new EnqueueTask(new NewTask(id, scope.Connector.Name, scope.Channel.ChannelId, callback.Key, callback.Arguments.ToArray(), Invocation: null, runAt)));
        return ValueTask.FromResult(id);
    }

    public ValueTask CancelTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        scope.Spend("tasks.cancel");
        // The execution's own task is running, not pending: cancelling it would only lose this execution's writes.
        if (taskId != scope.TaskId) scope.Work.Add(new CancelTask(taskId));
        return ValueTask.CompletedTask;
    }

    public ValueTask CancelAllAsync(CancellationToken cancellationToken = default)
    {
        scope.Spend("tasks.cancelAll");
        scope.Work.Add(new CancelTasks(scope.Connector.Name) { Except = scope.TaskId });
        return ValueTask.CompletedTask;
    }

    /// <summary>A new task id: 128 random bits.</summary>
    public static string NewTaskId() => "task_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
