using Twister.Hosting.Dashboard.Rendering;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The frame of every page: title, navigation and the inline style sheet (no script, nothing fetched from elsewhere).</summary>
internal static class Layout
{
    private static readonly (string Path, string Label)[] Sections =
        [("/", "Items"), ("/contacts", "Contacts"), ("/tasks", "Tasks"), ("/executions", "Executions"), ("/webhooks", "Webhooks")];

    private const string Style = """
        :root { color-scheme: light; --line: #d8dee4; --muted: #57606a; --accent: #0969da; --bad: #cf222e; --ok: #1a7f37; --warn: #9a6700; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
        header { background: #24292f; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
        header strong { font-size: 16px; }
        header nav a { color: #d0d7de; text-decoration: none; margin-right: 16px; }
        header nav a.active { color: #fff; font-weight: 600; border-bottom: 2px solid #fff; }
        main { padding: 16px 24px; max-width: 1400px; }
        h1 { font-size: 20px; margin: 8px 0 12px; } h2 { font-size: 16px; margin: 20px 0 8px; }
        table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f6f8fa; font-weight: 600; }
        .muted { color: var(--muted); } .error { color: var(--bad); white-space: pre-wrap; word-break: break-word; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
        .card b { display: block; font-size: 20px; }
        .badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; border: 1px solid var(--line); background: #fff; }
        .badge.failed, .badge.orphaned { color: var(--bad); border-color: var(--bad); } .badge.pending { color: var(--warn); border-color: var(--warn); }
        .badge.done, .badge.succeeded { color: var(--ok); border-color: var(--ok); }
        .note { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; margin-bottom: 10px; }
        .note header { all: unset; display: block; color: var(--muted); font-size: 12px; }
        .note pre { background: #f6f8fa; padding: 8px; overflow-x: auto; } .note .text { white-space: pre-wrap; }
        form { display: inline; } button { font: inherit; padding: 2px 10px; border-radius: 6px; border: 1px solid var(--line); cursor: pointer; background: #fff; }
        button.retry { color: var(--accent); border-color: var(--accent); } button.cancel { color: var(--bad); border-color: var(--bad); }
        .flash { background: #ddf4ff; border: 1px solid #54aeff; padding: 6px 12px; border-radius: 6px; margin-bottom: 12px; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; background: #fff; border: 1px solid var(--line); padding: 10px 14px; }
        dt { color: var(--muted); } dd { margin: 0; } code { font-size: 12px; }
        """;

    /// <summary>The whole page around <paramref name="body"/>.</summary>
    public static string Page(DashboardRequest request, string title, string section, Action<HtmlWriter> body)
    {
        var html = new HtmlWriter();
        html.Append($"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} · Twister dashboard</title><style>{new TrustedHtml(Style)}</style></head><body>""");
        html.Append($"""<header><strong>Twister</strong><nav>""");
        foreach (var (path, label) in Sections)
        {
            var active = path == section ? "active" : "";
            html.Append($"""<a class="{active}" href="{request.Link(path)}">{label}</a>""");
        }
        html.Append($"""</nav><span class="muted">{request.Host.StorageLocation}</span></header><main>""");
        if (request.Http.Request.Query["flash"].ToString() is { Length: > 0 } flash) html.Append($"""<p class="flash" role="status">{flash}</p>""");
        body(html);
        html.Append($"</main></body></html>");
        return html.ToString();
    }

    /// <summary>A status as a coloured badge.</summary>
    public static void Badge(HtmlWriter html, string status) => html.Append($"""<span class="badge {status.ToLowerInvariant()}">{status}</span>""");
}
