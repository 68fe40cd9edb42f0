using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Storage;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>
/// The Plot tool: upserts prepared at once (validated, HTML converted to markdown, outside any
/// transaction) and buffered until the execution commits.
/// </summary>
internal sealed class HostPlot(ExecutionScope scope) : IPlot
{
    public ValueTask CreateActivityAsync(NewActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        scope.Spend("plot.createActivity");
        scope.Work.Add(ActivityIngest.Prepare(scope.Connector.Name, activity));
        return ValueTask.CompletedTask;
    }

    public async ValueTask<int> UpdateActivitiesAsync(ActivityFilter filter, ActivityUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        scope.Spend("plot.updateActivities");
        var selected = await CountSelectedAsync(filter, cancellationToken).ConfigureAwait(false);
        scope.Work.Add(new UpdateActivities(filter, update));
        return selected;
    }

    /// <summary>
    /// How many activities the update will change when the execution commits: the committed ones the filter
    /// selects, adjusted by this execution's own upserts (new ones it selects, existing ones moved in or out).
    /// </summary>
    private async Task<int> CountSelectedAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        var count = await scope.Storage.Plot.CountActivitiesAsync(filter, cancellationToken).ConfigureAwait(false);
        var buffered = new Dictionary<string, ActivityRow>(StringComparer.Ordinal);
        foreach (var write in scope.Work.Writes)
        {
            if (write is not UpsertActivity { Activity: var row }) continue;
            if (row.Source is null) count += Selects(filter, row) ? 1 : 0;
            else buffered[row.Source] = row;
        }
        foreach (var (source, row) in buffered)
        {
            var committed = await scope.Storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
            var wasSelected = committed is not null && filter.SyncProvider == committed.Meta.SyncProvider && (filter.ChannelId is null || filter.ChannelId == committed.Meta.ChannelId);
            count += (Selects(filter, row) ? 1 : 0) - (wasSelected ? 1 : 0);
        }
        return count;
    }

    private static bool Selects(ActivityFilter filter, ActivityRow row)
        => filter.SyncProvider == row.SyncProvider && (filter.ChannelId is null || filter.ChannelId == row.ChannelId);
}
