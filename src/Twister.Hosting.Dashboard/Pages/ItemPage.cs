using Twister.Hosting.Dashboard.Rendering;
using Twister.Hosting.Plot;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>One item: its fields and people, then its notes rendered from markdown.</summary>
internal static class ItemPage
{
    /// <summary>The page, or <see langword="null"/> when no item has the id.</summary>
    public static async Task<string?> RenderAsync(DashboardRequest request)
    {
        if (!long.TryParse(request.Route("id"), System.Globalization.CultureInfo.InvariantCulture, out var id)) return null;
        var activity = await request.Host.Plot.GetActivityAsync(id, request.Aborted).ConfigureAwait(false);
        if (activity is null) return null;
        var notes = await request.Host.Plot.GetNotesAsync(id, request.Aborted).ConfigureAwait(false);

        return Layout.Page(request, activity.Title ?? $"Item {id}", "/", html =>
        {
            html.Append($"""<h1>{activity.Title ?? $"Item {id}"}</h1><dl>""");
            Field(html, "Source", activity.Source);
            if (activity.SourceUrl is { } url) html.Append($"""<dt>Link</dt><dd><a href="{SafeUrl.Of(url)}" rel="noreferrer noopener">{url}</a></dd>""");
            Field(html, "Connector", activity.Connector);
            Field(html, "Channel", activity.Meta.ChannelId);
            Field(html, "Type", activity.Type.ToString());
            Field(html, "Link type", activity.LinkType);
            Field(html, "Status", activity.LinkStatus);
            Field(html, "Assignee", Person(activity.Assignee));
            Field(html, "Author", Person(activity.Author));
            Field(html, "Priority", activity.Priority?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field(html, "Tags", string.Join(", ", activity.Tags.Select(t => t.ToString())));
            Field(html, "Start", Format.Time(activity.Start));
            Field(html, "End", Format.Time(activity.End));
            Field(html, "Created", Format.Time(activity.Created));
            Field(html, "Updated", Format.Time(activity.Updated));
            Field(html, "State", ItemsPage.State(activity));
            html.Append($"</dl><h2>Notes ({notes.Count})</h2>");
            if (notes.Count == 0) html.Append($"""<p class="muted">No notes.</p>""");
            foreach (var note in notes)
            {
                html.Append($"""<article class="note"><header>{Person(note.AuthorContact) ?? note.Author.Name ?? note.Author.Id} · {Format.Time(note.Created)} · <code>{note.Key}</code></header>""");
                if (note.ContentType == Twister.ContentType.Text) html.Append($"""<div class="text">{note.Content}</div>""");
                else html.Append($"{NoteMarkdown.ToHtml(note.Content)}");
                html.Append($"</article>");
            }
        });
    }

    private static string? Person(PlotContact? contact)
        => contact is null ? null : contact.Email is { } email && contact.Name is { } name ? $"{name} <{email}>" : ItemsPage.ContactName(contact);

    private static void Field(HtmlWriter html, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) html.Append($"<dt>{label}</dt><dd>{value}</dd>");
    }
}
