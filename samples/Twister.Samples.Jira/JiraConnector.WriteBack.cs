using Twister.Samples.Jira.Api;
using Twister.Samples.Jira.Sync;

namespace Twister.Samples.Jira;

/// <summary>What a Plot user changes goes back to Jira: statuses (as transitions), assignees, comments, and issues created from Plot.</summary>
public sealed partial class JiraConnector
{
    /// <inheritdoc/>
    /// <remarks>
    /// A status becomes the workflow transition that leads to it; an assignee becomes an Atlassian account (the
    /// contact's own, else the Jira user with the contact's email). A change Jira cannot make fails with the
    /// reason; Plot keeps the user's change until the next sync brings Jira's state back.
    /// </remarks>
    public override async Task OnLinkUpdatedAsync(PlotLink link, LinkChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(changes);
        if (link.Meta.ExternalId is not { } issueId || link.ChannelId is not { } projectId) return;
        var (client, site) = await GetClientAsync(projectId, cancellationToken);
        var issue = await client.FindIssueAsync(issueId, cancellationToken)
                    ?? throw new InvalidOperationException($"Issue {link.Meta["issueKey"] ?? issueId} no longer exists in Jira.");
        if (changes.Status && link.Status is { } status && issue.Fields.Status?.Id != status)
        {
            if (!await TryTransitionAsync(client, issue, status, cancellationToken))
                throw new InvalidOperationException($"Jira offers no transition of {issue.Key} from '{issue.Fields.Status?.Name}' to status {status}: its status was not changed in Jira.");
        }
        if (changes.Assignee)
            await client.AssignAsync(issueId, await AccountIdOfAsync(client, link.Assignee, cancellationToken), cancellationToken);
        // Jira may change more than was asked (a resolution date): bring the issue back as it is now.
        if (await client.FindIssueAsync(issueId, cancellationToken) is { } updated)
            await SaveAsync(client, site, projectId, [updated], initialSync: false, cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(thread);
        if (note.Author.Type == ActorType.Twist) return null; // notes of twists (this connector's own included) never loop back
        if (thread.ChannelId is not { } projectId || thread.Meta.ExternalId is not { } issueId || string.IsNullOrWhiteSpace(note.Content)) return null;
        var (client, _) = await GetClientAsync(projectId, cancellationToken);
        var comment = await client.AddCommentAsync(issueId, AdfNode.FromText(note.Content), note.Id, cancellationToken);
        // Exactly what the next sync makes of the comment Jira stored: the note's sync baseline.
        return new NoteWriteBackResult(IssueItem.CommentKey(comment.Id), IssueItem.CommentText(comment));
    }

    /// <inheritdoc/>
    /// <remarks>Only comments are edited from Plot; the description is edited in Jira, where its formatting lives.</remarks>
    public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(thread);
        if (note.Author.Type == ActorType.Twist) return null;
        if (thread.ChannelId is not { } projectId || thread.Meta.ExternalId is not { } issueId || IssueItem.CommentIdOf(note.Key) is not { } commentId) return null;
        var (client, _) = await GetClientAsync(projectId, cancellationToken);
        var comment = await client.UpdateCommentAsync(issueId, commentId, AdfNode.FromText(note.Content ?? ""), cancellationToken);
        return new NoteWriteBackResult(note.Key, IssueItem.CommentText(comment));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Creates a Task (else the project's first other non-sub-task type) with the draft's title and note, then
    /// moves it to the status the user picked when a transition leads there. Returned, never saved here.
    /// </remarks>
    public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Type != IssueLinkType.Type) return null;
        var (client, site) = await GetClientAsync(draft.ChannelId, cancellationToken);
        var types = await client.GetIssueTypesAsync(draft.ChannelId, cancellationToken);
        var type = types.FirstOrDefault(t => t is { Subtask: false, Name: "Task" }) ?? types.FirstOrDefault(t => !t.Subtask)
                   ?? throw new InvalidOperationException($"Project {draft.ChannelId} offers no issue type to create an issue with.");
        var description = string.IsNullOrWhiteSpace(draft.NoteContent) ? null : AdfNode.FromText(draft.NoteContent);
        var issueId = await client.CreateIssueAsync(draft.ChannelId, type.Id, draft.Title, description, cancellationToken);
        var issue = await client.FindIssueAsync(issueId, cancellationToken) ?? throw new InvalidOperationException($"Jira does not find the issue {issueId} it just created.");
        if (issue.Fields.Status?.Id != draft.Status && await TryTransitionAsync(client, issue, draft.Status, cancellationToken))
            issue = await client.FindIssueAsync(issueId, cancellationToken) ?? issue;
        var item = IssueItem.From(issue, [], site, draft.ChannelId, initialSync: false);
        return new NewLinkWithNotes
        {
            Source = item.Source!,
            Type = item.LinkType,
            ChannelId = item.Meta?.ChannelId,
            Title = item.Title,
            Status = item.Status,
            Created = item.Created,
            SourceUrl = item.SourceUrl,
            Meta = item.Meta,
            Notes = item.Notes,
        };
    }

    /// <summary>Moves the issue along the transition that leads to <paramref name="statusId"/>, if Jira offers one now.</summary>
    private static async Task<bool> TryTransitionAsync(JiraClient client, JiraIssue issue, string statusId, CancellationToken cancellationToken)
    {
        var transition = (await client.GetTransitionsAsync(issue.Id, cancellationToken)).FirstOrDefault(t => t.To.Id == statusId);
        if (transition is null) return false;
        await client.TransitionAsync(issue.Id, transition.Id, cancellationToken);
        return true;
    }

    /// <summary>The Atlassian account of a Plot assignee; <see langword="null"/> (unassign) for nobody.</summary>
    private static async Task<string?> AccountIdOfAsync(JiraClient client, Actor? assignee, CancellationToken cancellationToken)
    {
        if (assignee is null) return null;
        if (assignee.Source is { Provider: IssueItem.ContactProvider, AccountId: var accountId }) return accountId;
        if (assignee.Email is { Length: > 0 } email)
        {
            var users = await client.FindUsersAsync(email, cancellationToken);
            return users.FirstOrDefault(u => string.Equals(u.EmailAddress, email, StringComparison.OrdinalIgnoreCase))?.AccountId
                   ?? throw new InvalidOperationException($"No Jira user has the email '{email}': the assignee was not changed in Jira.");
        }
        throw new InvalidOperationException($"'{assignee.Name ?? assignee.Id}' has neither an Atlassian account nor an email: the assignee was not changed in Jira.");
    }
}
