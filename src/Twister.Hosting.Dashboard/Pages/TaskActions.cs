namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The two writes of the dashboard: retry a failed or orphaned task, cancel a pending one (through the host, committed at once).</summary>
internal static class TaskActions
{
    /// <summary>Where to go next (the tasks page with what happened), or <see langword="null"/> when nothing changed, with why.</summary>
    public static async Task<(string? Redirect, string? Conflict)> RunAsync(DashboardRequest request, string action)
    {
        var id = request.Route("id");
        var (changed, done, refused) = action == "retry"
            ? (await request.Host.RetryTaskAsync(id, request.Aborted).ConfigureAwait(false), $"Task {id} is queued again.", $"Task '{id}' is not failed or orphaned (or does not exist): nothing changed.")
            : (await request.Host.CancelTaskAsync(id, request.Aborted).ConfigureAwait(false), $"Task {id} is cancelled.", $"Task '{id}' is not pending (or does not exist): nothing changed.");
        return changed ? (request.Link("/tasks") + "?flash=" + Uri.EscapeDataString(done), null) : (null, refused);
    }
}
