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
}
