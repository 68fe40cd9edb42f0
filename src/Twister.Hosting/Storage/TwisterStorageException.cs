namespace Twister.Hosting.Storage;

/// <summary>
/// The storage failed or refused. The message names where the data lives (<see cref="Location"/>), what
/// went wrong and what to do.
/// </summary>
public class TwisterStorageException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the data lives, for example <c>SQLite file '/data/twister.db'</c>.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The provider's error, if any.</param>
    public TwisterStorageException(string location, string message, Exception? innerException = null)
        : base($"{location}: {message}", innerException)
    {
        Location = location;
    }

    /// <summary>Where the data lives.</summary>
    public string Location { get; }
}

/// <summary>
/// A task's lease was lost before its execution committed (it expired and another host claimed the task):
/// nothing of the execution was saved, and the new holder runs the task.
/// </summary>
public sealed class TaskLeaseLostException : TwisterStorageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the data lives.</param>
    /// <param name="taskId">The task.</param>
    /// <param name="owner">The former holder.</param>
    public TaskLeaseLostException(string location, string taskId, string owner)
        : base(location, $"task '{taskId}' is no longer leased by '{owner}' (its lease expired and another host may have claimed it); this execution's writes were discarded.")
    {
        TaskId = taskId;
    }

    /// <summary>The task.</summary>
    public string TaskId { get; }
}
