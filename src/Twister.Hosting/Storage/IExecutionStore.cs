using Twister.Hosting.Execution;

namespace Twister.Hosting.Storage;

/// <summary>Reads of the execution log. Writes: <see cref="RecordExecution"/>.</summary>
public interface IExecutionStore
{
    /// <summary>Every recorded execution, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ExecutionRecord>> ListAsync(CancellationToken cancellationToken);
}
