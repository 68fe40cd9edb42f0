namespace Twister.Samples.FakeJira.Model;

/// <summary>A Jira project (a channel of the Jira connector).</summary>
/// <param name="Id">The immutable numeric id, as a string (for example <c>10000</c>).</param>
/// <param name="Key">The issue-key prefix (for example <c>PLAT</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">A short description.</param>
public sealed record JiraProject(string Id, string Key, string Name, string Description);

/// <summary>A Jira user.</summary>
/// <param name="AccountId">The immutable Atlassian account id.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="EmailAddress">The email, or <see langword="null"/> when the user's privacy settings hide it (as Jira Cloud does).</param>
public sealed record JiraUser(string AccountId, string DisplayName, string? EmailAddress);

/// <summary>A workflow status.</summary>
/// <param name="Id">The status id (for example <c>10001</c>).</param>
/// <param name="Name">The status name.</param>
/// <param name="CategoryKey">The fixed status category: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</param>
/// <param name="TransitionId">The id of the global transition that leads to this status.</param>
public sealed record JiraStatus(string Id, string Name, string CategoryKey, string TransitionId);

/// <summary>An issue type.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name (<c>Task</c>, <c>Bug</c>, <c>Sub-task</c>).</param>
/// <param name="Subtask">Whether it is a sub-task type.</param>
public sealed record JiraIssueType(string Id, string Name, bool Subtask);

/// <summary>An issue as the fake stores it.</summary>
/// <param name="Id">The immutable numeric id.</param>
/// <param name="Key">The current key (<c>PLAT-12</c>); it changes when the issue moves to another project.</param>
/// <param name="ProjectId">The owning project.</param>
/// <param name="IssueTypeId">The issue type.</param>
/// <param name="Summary">The summary (title).</param>
/// <param name="Description">The description as ADF, or <see langword="null"/>.</param>
/// <param name="StatusId">The workflow status.</param>
/// <param name="AssigneeId">The assignee's account id, or <see langword="null"/> when unassigned.</param>
/// <param name="ReporterId">The reporter's (and creator's) account id.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="ResolutionDate">When it reached a done status, if it is done.</param>
/// <param name="FormerKeys">Keys it had before moves; Jira still resolves them.</param>
/// <param name="LastChange">The field changes of its last edit, delivered as the webhook's <c>changelog</c>.</param>
public sealed record JiraIssue(
    string Id,
    string Key,
    string ProjectId,
    string IssueTypeId,
    string Summary,
    AdfNode? Description,
    string StatusId,
    string? AssigneeId,
    string ReporterId,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    DateTimeOffset? ResolutionDate,
    IReadOnlyList<string> FormerKeys,
    IReadOnlyList<JiraChange> LastChange);

/// <summary>One changed field, as in a webhook's <c>changelog.items</c>.</summary>
/// <param name="Field">The field name (<c>summary</c>, <c>status</c>, <c>assignee</c>, <c>Key</c>, <c>project</c>, ...).</param>
/// <param name="From">The old raw value.</param>
/// <param name="FromString">The old display value.</param>
/// <param name="To">The new raw value.</param>
/// <param name="ToText">The new display value (Jira's <c>toString</c>).</param>
public sealed record JiraChange(string Field, string? From, string? FromString, string? To, string? ToText);

/// <summary>A comment.</summary>
/// <param name="Id">The numeric id.</param>
/// <param name="IssueId">The issue's immutable id.</param>
/// <param name="AuthorId">The author's account id.</param>
/// <param name="Body">The body as ADF.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="Properties">Entity properties set with it (the connector stores <c>plotNoteId</c> there).</param>
public sealed record JiraComment(string Id, string IssueId, string AuthorId, AdfNode Body, DateTimeOffset Created, DateTimeOffset Updated, IReadOnlyList<JiraEntityProperty> Properties);

/// <summary>An entity property (key and JSON value, kept as text).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
public sealed record JiraEntityProperty(string Key, string Value);

/// <summary>A dynamic webhook registered through <c>POST /rest/api/3/webhook</c>.</summary>
/// <param name="Id">The numeric id.</param>
/// <param name="Url">Where Jira would deliver.</param>
/// <param name="JqlFilter">The JQL filter.</param>
/// <param name="Events">The subscribed events (<c>jira:issue_updated</c>, <c>comment_created</c>, ...).</param>
/// <param name="Expiration">When it expires (30 days after registration or the last refresh).</param>
public sealed record JiraWebhook(int Id, string Url, string JqlFilter, IReadOnlyList<string> Events, DateTimeOffset Expiration);
