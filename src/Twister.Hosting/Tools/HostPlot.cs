using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>The Plot tool: idempotent upserts into the Plot tables, inside the execution's transaction.</summary>
internal sealed class HostPlot(ExecutionScope scope) : IPlot
{
    public ValueTask CreateActivityAsync(NewActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        scope.Spend("plot.createActivity");
        var (_, notes) = PlotStore.UpsertActivity(scope.Database, scope.Connector.Name, activity, scope.Now);
        scope.Metrics.Upsert(scope.Connector.Name, "activity");
        for (var i = 0; i < notes; i++) scope.Metrics.Upsert(scope.Connector.Name, "note");
        return ValueTask.CompletedTask;
    }

    public ValueTask<int> UpdateActivitiesAsync(ActivityFilter filter, ActivityUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        scope.Spend("plot.updateActivities");
        return ValueTask.FromResult(PlotStore.UpdateActivities(scope.Database, filter, update, scope.Now));
    }
}
