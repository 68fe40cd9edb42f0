namespace Twister.Hosting.Dashboard.Pages;

/// <summary>Every contact the connectors created or merged.</summary>
internal static class ContactsPage
{
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        var contacts = await request.Host.Plot.GetContactsAsync(request.Aborted).ConfigureAwait(false);
        return Layout.Page(request, "Contacts", "/contacts", html =>
        {
            html.Append($"<h1>Contacts ({contacts.Count})</h1>");
            if (contacts.Count == 0)
            {
                html.Append($"""<p class="muted">No contacts yet.</p>""");
                return;
            }
            html.Append($"<table><thead><tr><th>Name</th><th>Email</th><th>Key</th><th>Source</th></tr></thead><tbody>");
            foreach (var c in contacts)
                html.Append($"<tr><td>{c.Name}</td><td>{c.Email}</td><td><code>{c.Key}</code></td><td>{c.Source?.Provider} {c.Source?.AccountId}</td></tr>");
            html.Append($"</tbody></table>");
        });
    }
}
