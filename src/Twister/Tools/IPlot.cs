namespace Twister.Tools;

/// <summary>The Plot tool: writes activities and notes into Plot.</summary>
public interface IPlot
{
    /// <summary>
    /// Creates the activity, or updates the one with the same <see cref="NewActivity.Source"/>; its notes
    /// are upserted by key. Idempotent, so a retried task does not duplicate anything.
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask CreateActivityAsync(NewActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="update"/> to every activity <paramref name="filter"/> selects.</summary>
    /// <param name="filter">Selects activities by sync provider and channel.</param>
    /// <param name="update">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of activities changed.</returns>
    ValueTask<int> UpdateActivitiesAsync(ActivityFilter filter, ActivityUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Changes one of this connector's items, found by its source.</summary>
    /// <param name="source">The item's source.</param>
    /// <param name="update">The change (a status must be one the item's link type declares).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the item exists.</returns>
    ValueTask<bool> UpdateActivityAsync(string source, ActivityUpdate update, CancellationToken cancellationToken = default);

    /// <summary>One of this connector's items as Plot holds it (its own writes in this execution included), or <see langword="null"/>.</summary>
    /// <param name="source">The item's source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<SyncedItem?> GetActivityAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>The notes of one of this connector's items, oldest first (empty when the item does not exist).</summary>
    /// <param name="source">The item's source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<IReadOnlyList<SyncedNote>> GetNotesAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>Archives this connector's items that <paramref name="filter"/> selects.</summary>
    /// <param name="filter">The selection: channel, link type, status and meta entries, all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many items will be archived when the execution commits.</returns>
    ValueTask<int> ArchiveActivitiesAsync(ArchiveFilter filter, CancellationToken cancellationToken = default);
}
