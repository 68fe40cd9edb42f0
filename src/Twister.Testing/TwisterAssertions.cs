using Twister.Hosting.Execution;
using Twister.Hosting.Plot;

namespace Twister.Testing;

/// <summary>Assertions on what reached Plot and on how executions behaved; they work with any test framework.</summary>
public static class TwisterAssertions
{
    /// <summary>Asserts that an activity with <paramref name="source"/> reached Plot, and returns it.</summary>
    /// <param name="host">The test host.</param>
    /// <param name="source">The activity source.</param>
    public static async Task<PlotActivity> AssertActivityAsync(this TwisterTestHost host, string source)
        => await host.Plot.FindActivityAsync(source).ConfigureAwait(false)
           ?? throw new TwisterAssertionException($"No activity with source '{source}' reached Plot.");

    /// <summary>Asserts that the activity with <paramref name="source"/> has a note keyed <paramref name="key"/>, and returns it.</summary>
    /// <param name="host">The test host.</param>
    /// <param name="source">The activity source.</param>
    /// <param name="key">The note key.</param>
    public static async Task<PlotNote> AssertNoteAsync(this TwisterTestHost host, string source, string key)
    {
        var activity = await host.AssertActivityAsync(source).ConfigureAwait(false);
        var notes = await host.Plot.GetNotesAsync(activity.Id).ConfigureAwait(false);
        return notes.SingleOrDefault(n => n.Key == key)
               ?? throw new TwisterAssertionException($"Activity '{source}' has no note keyed '{key}' (keys: {string.Join(", ", notes.Select(n => n.Key ?? "(none)"))}).");
    }

    /// <summary>Asserts that Plot holds exactly <paramref name="activities"/> activities, and returns them.</summary>
    /// <param name="host">The test host.</param>
    /// <param name="activities">The expected count.</param>
    public static async Task<IReadOnlyList<PlotActivity>> AssertActivityCountAsync(this TwisterTestHost host, int activities)
    {
        var all = await host.Plot.GetActivitiesAsync().ConfigureAwait(false);
        if (all.Count != activities) throw new TwisterAssertionException($"Expected {activities} activities in Plot, found {all.Count}.");
        return all;
    }

    /// <summary>Asserts that every execution so far succeeded and made at most <paramref name="maxRequests"/> requests.</summary>
    /// <param name="host">The test host.</param>
    /// <param name="maxRequests">The most requests any one execution may have made.</param>
    public static async Task AssertRequestsPerExecutionAtMostAsync(this TwisterTestHost host, int maxRequests)
    {
        var offenders = (await host.GetExecutionsAsync().ConfigureAwait(false)).Where(e => e.Requests > maxRequests).ToList();
        if (offenders.Count > 0)
            throw new TwisterAssertionException($"{offenders.Count} execution(s) made more than {maxRequests} requests: "
                + string.Join("; ", offenders.Select(e => $"{e.Kind} {e.CallbackKey} made {e.Requests}")));
    }

    /// <summary>Asserts that no execution failed.</summary>
    /// <param name="host">The test host.</param>
    public static async Task AssertNoFailedExecutionsAsync(this TwisterTestHost host)
    {
        var failed = (await host.GetExecutionsAsync().ConfigureAwait(false)).Where(e => e.Status == ExecutionStatus.Failed).ToList();
        if (failed.Count > 0)
            throw new TwisterAssertionException($"{failed.Count} execution(s) failed: " + string.Join("; ", failed.Select(e => $"{e.Kind} {e.CallbackKey}: {e.Error}")));
    }
}
