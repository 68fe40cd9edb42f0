namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The live webhooks: their token URLs, connector, channel and the callback each delivery runs.</summary>
internal static class WebhooksPage
{
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        var webhooks = await request.Host.GetWebhooksAsync(request.Aborted).ConfigureAwait(false);
        return Layout.Page(request, "Webhooks", "/webhooks", html =>
        {
            html.Append($"<h1>Live webhooks ({webhooks.Count})</h1>");
            if (webhooks.Count == 0)
            {
                html.Append($"""<p class="muted">No live webhook.</p>""");
                return;
            }
            html.Append($"<table><thead><tr><th>URL</th><th>Connector</th><th>Channel</th><th>Callback</th></tr></thead><tbody>");
            foreach (var w in webhooks) html.Append($"<tr><td><code>{w.Url}</code></td><td>{w.Connector}</td><td>{w.ChannelId}</td><td>{w.CallbackKey}</td></tr>");
            html.Append($"</tbody></table>");
        });
    }
}
