using Twister.Hosting.Callbacks;
using Twister.Hosting.Dashboard.Rendering;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The task queue: failed and orphaned tasks (retry), pending ones (cancel), orphaned tokens, and what ended.</summary>
internal static class TasksPage
{
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        var tasks = await request.Host.GetTasksAsync(request.Aborted).ConfigureAwait(false);
        var orphans = await request.Host.GetOrphanedCallbacksAsync(request.Aborted).ConfigureAwait(false);
        var status = await request.Host.GetQueueStatusAsync(request.Aborted).ConfigureAwait(false);
        return Layout.Page(request, "Tasks", "/tasks", html =>
        {
            html.Append($"""<h1>Task queue</h1><p class="muted">{status.Running} running, {status.Waiting} waiting, {status.Scheduled} scheduled; {tasks.Count(t => t.Status == QueuedTaskStatus.Done)} done, {tasks.Count(t => t.Status == QueuedTaskStatus.Cancelled)} cancelled.</p>""");
            Section(html, request, "Failed", tasks.Where(t => t.Status == QueuedTaskStatus.Failed).ToList(), "retry", "Retry");
            Section(html, request, "Orphaned", tasks.Where(t => t.Status == QueuedTaskStatus.Orphaned).ToList(), "retry", "Retry");
            Section(html, request, "Pending", tasks.Where(t => t.Status == QueuedTaskStatus.Pending).ToList(), "cancel", "Cancel");
            var tokens = orphans.Where(o => o.Kind == OrphanKind.Token).ToList();
            if (tokens.Count > 0)
            {
                html.Append($"<h2>Orphaned tokens ({tokens.Count})</h2><table><thead><tr><th>Token</th><th>Connector</th><th>Callback</th><th>Reason</th></tr></thead><tbody>");
                foreach (var o in tokens) html.Append($"""<tr><td><code>{o.Id}</code></td><td>{o.Connector}</td><td>{o.CallbackKey}</td><td class="error">{o.Reason}</td></tr>""");
                html.Append($"</tbody></table>");
            }
        });
    }

    private static void Section(HtmlWriter html, DashboardRequest request, string title, List<QueuedTask> tasks, string action, string label)
    {
        html.Append($"<h2>{title} ({tasks.Count})</h2>");
        if (tasks.Count == 0)
        {
            html.Append($"""<p class="muted">None.</p>""");
            return;
        }
        html.Append($"<table><thead><tr><th>Task</th><th>Connector</th><th>Channel</th><th>Callback</th><th>Due</th><th>Attempts</th><th>Lease</th><th>Last error</th><th></th></tr></thead><tbody>");
        foreach (var t in tasks)
        {
            var kind = t.IsWebhookDelivery ? " (webhook delivery)" : "";
            html.Append($"""<tr data-task="{t.Id}"><td><code>{t.Id}</code></td><td>{t.Connector}</td><td>{t.ChannelId}</td><td>{t.CallbackKey}{kind}</td><td>{Format.Time(t.RunAt)}</td><td>{t.Attempts}</td><td>{t.LeaseOwner} {Format.Time(t.LeaseUntil)}</td><td class="error">{t.LastError}</td><td>""");
            request.Button(html, $"/tasks/{Uri.EscapeDataString(t.Id)}/{action}", label, action);
            html.Append($"</td></tr>");
        }
        html.Append($"</tbody></table>");
    }
}
