using Twister.Hosting.Plot;

namespace Twister.Hosting.Storage;

/// <summary>Reads of the Plot side.</summary>
public interface IPlotStore
{
    /// <summary>The activities <paramref name="query"/> selects, oldest first.</summary>
    /// <param name="query">The selection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<PlotActivity>> QueryActivitiesAsync(ActivityQuery query, CancellationToken cancellationToken);

    /// <summary>The activity with <paramref name="source"/>, or <see langword="null"/>.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PlotActivity?> FindActivityAsync(string source, CancellationToken cancellationToken);

    /// <summary>The activity with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PlotActivity?> GetActivityAsync(long id, CancellationToken cancellationToken);

    /// <summary>The notes of an activity, oldest first.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<PlotNote>> GetNotesAsync(long activityId, CancellationToken cancellationToken);

    /// <summary>The note with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PlotNote?> GetNoteAsync(long id, CancellationToken cancellationToken);

    /// <summary>How many committed activities <paramref name="filter"/> selects.</summary>
    /// <param name="filter">The selection by sync provider and channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<int> CountActivitiesAsync(ActivityFilter filter, CancellationToken cancellationToken);

    /// <summary>The contacts with any of <paramref name="keys"/> (a source key or an email key), by each key asked for.</summary>
    /// <param name="keys">Contact keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyDictionary<string, PlotContact>> FindContactsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Every contact, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<PlotContact>> ListContactsAsync(CancellationToken cancellationToken);

    /// <summary>How many activities and notes there are.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<(long Activities, long Notes)> CountAsync(CancellationToken cancellationToken);

    /// <summary>Adds a note written by a Plot user (a user action, committed at once) and returns its id.</summary>
    /// <param name="note">The note.</param>
    /// <param name="now">The creation time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TwisterStorageException">The activity does not exist, or the storage failed.</exception>
    Task<long> AddUserNoteAsync(UserNote note, DateTimeOffset now, CancellationToken cancellationToken);
}
