using System.Text.Json;
using Twister.Runtime;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// The seed's issue connector, written by hand against the fake Linear API: batched initial sync with
/// state in the store, webhooks, write-back of notes as comments, and create-link.
/// </summary>
[Connector(Name, Provider = AuthProvider.Linear, Scopes = ["read", "write"], LinkTypes = [typeof(IssueStatus)], HandleReplies = true)]
[NetworkAccess(LinearApi.Origin + "/*")]
internal sealed partial class IssueSyncConnector : Connector<IssueSyncConnector>
{
    public const string Name = "issues";
    public const int PageSize = 5;

    public static string SourceOf(string issueId) => $"linear:issue:{issueId}";

    public override async Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
    {
        var teams = await new LinearApi(Tools.Network.Http, token.Token).GetAsync("/teams", cancellationToken);
        return [.. teams.GetProperty("teams").EnumerateArray().Select(t => new Channel(t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!))];
    }

    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
        await Store.SetAsync($"webhook_{channel.Id}", url, cancellationToken);
        await Store.SetAsync($"batch_{channel.Id}", 1, cancellationToken);
        await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);
    }

    public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync<string>($"webhook_{channel.Id}", cancellationToken) is { } url) await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
        await Store.ClearAsync($"webhook_{channel.Id}", cancellationToken);
        await Store.ClearAsync($"batch_{channel.Id}", cancellationToken);
        await Store.ClearAsync($"cursor_{channel.Id}", cancellationToken);
    }

    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        if (note.Author.Type == ActorType.Twist) return null;
        var api = await ApiAsync(thread.Meta.ChannelId!, cancellationToken);
        var comment = await api.PostAsync($"/issues/{thread.Meta.ExternalId}/comments", new Dictionary<string, string> { ["body"] = note.Content ?? "" }, cancellationToken);
        var body = comment.GetProperty("body").GetString();
        return new NoteWriteBackResult($"comment-{comment.GetProperty("id").GetString()}", body);
    }

    public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Title)) return null;
        var api = await ApiAsync(draft.ChannelId, cancellationToken);
        var issue = await api.PostAsync($"/teams/{draft.ChannelId}/issues",
            new Dictionary<string, string?> { ["title"] = draft.Title, ["description"] = draft.NoteContent, ["status"] = draft.Status }, cancellationToken);
        var id = issue.GetProperty("id").GetString()!;
        return new NewLinkWithNotes { Source = SourceOf(id), Title = issue.GetProperty("title").GetString(), SourceUrl = issue.GetProperty("url").GetString(), Meta = new ActivityMeta { SyncProvider = "linear", ExternalId = id } };
    }

    [Callback]
    private async Task SyncBatch(string channelId, CancellationToken ct)
    {
        var batch = await Store.GetAsync<int>($"batch_{channelId}", ct);
        if (batch == 0) return;
        var cursor = await Store.GetAsync<string>($"cursor_{channelId}", ct);
        var api = await ApiAsync(channelId, ct);
        var page = await api.GetAsync($"/teams/{channelId}/issues?first={PageSize}" + (cursor is null ? "" : $"&after={cursor}"), ct);
        foreach (var issue in page.GetProperty("nodes").EnumerateArray())
            await Tools.Plot.CreateActivityAsync(ToActivity(issue, channelId, initialSync: true, comments: []), ct);

        var pageInfo = page.GetProperty("pageInfo");
        if (pageInfo.GetProperty("hasNextPage").GetBoolean())
        {
            await Store.SetAsync($"cursor_{channelId}", pageInfo.GetProperty("endCursor").GetString()!, ct);
            await Store.SetAsync($"batch_{channelId}", batch + 1, ct);
            CrashPoints.Pass($"{api.Token}:{channelId}:after-save:{batch}");
            await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), ct);
        }
        else
        {
            await Store.ClearAsync($"cursor_{channelId}", ct);
            await Store.ClearAsync($"batch_{channelId}", ct);
        }
    }

    [Callback]
    private async Task OnWebhook(WebhookRequest request, string channelId, CancellationToken ct)
    {
        using var payload = JsonDocument.Parse(request.Body);
        if (payload.RootElement.GetProperty("type").GetString() != "Issue") return;
        var issue = payload.RootElement.GetProperty("data");
        var api = await ApiAsync(channelId, ct);
        var comments = await api.GetAsync($"/issues/{issue.GetProperty("id").GetString()}/comments", ct);
        await Tools.Plot.CreateActivityAsync(ToActivity(issue, channelId, initialSync: false, [.. comments.GetProperty("comments").EnumerateArray()]), ct);
    }

    [Callback]
    private async Task FetchUrl(string url, CancellationToken ct)
    {
        using var response = await Tools.Network.Http.GetAsync(url, ct);
    }

    private async Task<LinearApi> ApiAsync(string channelId, CancellationToken ct)
    {
        var token = await Tools.Integrations.GetAsync(AuthProvider.Linear, channelId, ct) ?? throw new InvalidOperationException("No authentication token available");
        return new LinearApi(Tools.Network.Http, token.Token);
    }

    private static NewActivity ToActivity(JsonElement issue, string channelId, bool initialSync, IReadOnlyList<JsonElement> comments)
    {
        var id = issue.GetProperty("id").GetString()!;
        var notes = new List<NewNote>
        {
            new() { Key = "description", Content = issue.GetProperty("descriptionHtml").GetString(), ContentType = ContentType.Html },
        };
        notes.AddRange(comments.Select(c => new NewNote
        {
            Key = $"comment-{c.GetProperty("id").GetString()}",
            Content = c.GetProperty("body").GetString(),
            ContentType = ContentType.Text,
            Author = new Actor("linear-user", ActorType.Contact, "Linear user"),
        }));
        return new NewActivity
        {
            Source = SourceOf(id),
            Type = ActivityType.Action,
            Title = $"{issue.GetProperty("identifier").GetString()}: {issue.GetProperty("title").GetString()}",
            Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId, ExternalId = id },
            Notes = notes,
            Unread = initialSync ? false : null,
            Archived = initialSync ? false : null,
        };
    }
}

/// <summary>The <c>issue</c> link type of <see cref="IssueSyncConnector"/>.</summary>
[LinkType("issue", Label = "Issue")]
internal enum IssueStatus
{
    [Status("backlog", "Backlog")]
    Backlog,

    [Status("unstarted", "To Do", Todo = true, CreateDefault = true)]
    Unstarted,

    [Status("completed", "Done", Done = true)]
    Completed,
}
