using Twister.Hosting.Dashboard.Rendering;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The start page: counts, then every item that reached Plot with its type, link type, status and people.</summary>
internal static class ItemsPage
{
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        var host = request.Host;
        var activities = await host.Plot.GetActivitiesAsync(cancellationToken: request.Aborted).ConfigureAwait(false);
        var (_, notes) = await host.Plot.CountAsync(request.Aborted).ConfigureAwait(false);
        var tasks = await host.GetTasksAsync(request.Aborted).ConfigureAwait(false);
        var executions = await host.GetExecutionsAsync(request.Aborted).ConfigureAwait(false);
        var webhooks = await host.GetWebhooksAsync(request.Aborted).ConfigureAwait(false);

        return Layout.Page(request, "Items", "/", html =>
        {
            html.Append($"""<h1>What reached Plot</h1><div class="cards">""");
            Card(html, "items", activities.Count, "/");
            Card(html, "notes", notes, "/");
            Card(html, "pending tasks", tasks.Count(t => t.Status == QueuedTaskStatus.Pending), "/tasks");
            Card(html, "failed tasks", tasks.Count(t => t.Status == QueuedTaskStatus.Failed), "/tasks");
            Card(html, "orphaned tasks", tasks.Count(t => t.Status == QueuedTaskStatus.Orphaned), "/tasks");
            Card(html, "failed executions", executions.Count(e => e.Status == ExecutionStatus.Failed), "/executions");
            Card(html, "webhooks", webhooks.Count, "/webhooks");
            html.Append($"</div>");
            if (activities.Count == 0)
            {
                html.Append($"""<p class="muted">Nothing has reached Plot yet: install a connector and enable a channel.</p>""");
                return;
            }
            html.Append($"<table><thead><tr><th>Title</th><th>Connector</th><th>Channel</th><th>Type</th><th>Link type</th><th>Status</th><th>Assignee</th><th>Author</th><th>Updated</th><th>State</th></tr></thead><tbody>");
            foreach (var a in activities.OrderByDescending(a => a.Updated ?? a.Created).ThenByDescending(a => a.Id))
            {
                var title = string.IsNullOrWhiteSpace(a.Title) ? $"Item {a.Id}" : a.Title;
                html.Append($"""<tr><td><a href="{request.Link($"/items/{a.Id}")}">{title}</a></td><td>{a.Connector}</td><td>{a.Meta.ChannelId}</td><td>{a.Type}</td><td>{a.LinkType}</td><td>""");
                if (a.LinkStatus is { } status) Layout.Badge(html, status);
                html.Append($"</td><td>{ContactName(a.Assignee)}</td><td>{ContactName(a.Author)}</td><td>{Format.Time(a.Updated ?? a.Created)}</td><td>{State(a)}</td></tr>");
            }
            html.Append($"</tbody></table>");
        });
    }

    internal static string? ContactName(Plot.PlotContact? contact) => contact is null ? null : contact.Name ?? contact.Email ?? contact.Key;

    internal static string State(Plot.PlotActivity activity)
        => string.Join(", ", new[] { activity.Unread ? "unread" : null, activity.Archived ? "archived" : null, activity.ToDo ? "to-do" : null, activity.Done is null ? null : "done" }.OfType<string>());

    private static void Card(HtmlWriter html, string label, long count, string section)
        => html.Append($"""<div class="card"><b>{count}</b><span class="muted">{label}</span></div>""");
}
