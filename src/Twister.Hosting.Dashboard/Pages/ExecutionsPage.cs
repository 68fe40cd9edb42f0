using Twister.Hosting.Dashboard.Rendering;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The latest executions, newest first: kind, callback key, requests, outcome and error.</summary>
internal static class ExecutionsPage
{
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        var all = await request.Host.GetExecutionsAsync(request.Aborted).ConfigureAwait(false);
        var shown = all.Reverse().Take(request.Options.MaxExecutions).ToList();
        return Layout.Page(request, "Executions", "/executions", html =>
        {
            html.Append($"<h1>Executions</h1>");
            if (all.Count > shown.Count) html.Append($"""<p class="muted">The latest {shown.Count} of {all.Count} (<code>MaxExecutions</code>).</p>""");
            if (shown.Count == 0)
            {
                html.Append($"""<p class="muted">No execution yet.</p>""");
                return;
            }
            html.Append($"<table><thead><tr><th>Started</th><th>Kind</th><th>Connector</th><th>Channel</th><th>Callback</th><th>Task</th><th>Requests</th><th>Took</th><th>Status</th><th>Error</th></tr></thead><tbody>");
            foreach (var e in shown)
            {
                html.Append($"""<tr><td>{Format.Time(e.StartedAt)}</td><td>{e.Kind}</td><td>{e.Connector}</td><td>{e.ChannelId}</td><td>{e.CallbackKey}</td><td><code>{e.TaskId}</code></td><td>{e.Requests}</td><td>{Format.Duration(e.FinishedAt - e.StartedAt)}</td><td>""");
                Layout.Badge(html, e.Status.ToString());
                html.Append($"""</td><td class="error">{e.Error}</td></tr>""");
            }
            html.Append($"</tbody></table>");
        });
    }
}
