using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.Jira.Api;

// The parts of Jira Cloud REST API v3 answers the connector reads (camelCase JSON; unknown members skipped).

/// <summary>A Jira site the token can reach (<c>GET /oauth/token/accessible-resources</c>).</summary>
/// <param name="Id">The cloud id: the <c>{cloudId}</c> of <c>/ex/jira/{cloudId}/rest/api/3</c>.</param>
/// <param name="Url">The site's address, for example <c>https://acme.atlassian.net</c>.</param>
/// <param name="Name">The site's name.</param>
public sealed record JiraSite([property: ImmutableId] string Id, string Url, string Name);

/// <summary>A user (reporter, assignee, comment author, <c>GET /user/search</c>).</summary>
/// <param name="AccountId">The immutable Atlassian account id; <c>_unknown_</c> for an anonymized user.</param>
/// <param name="EmailAddress">The email, or <see langword="null"/> when the user's privacy settings hide it.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="AvatarUrls">Avatar URLs by size (<c>48x48</c>, ...).</param>
/// <param name="TimeZone">The user's time zone (IANA), in which Jira reads the dates of their JQL.</param>
public sealed record JiraUser(
    [property: ImmutableId] string? AccountId,
    string? EmailAddress,
    string? DisplayName,
    IReadOnlyDictionary<string, string>? AvatarUrls,
    string? TimeZone = null);

/// <summary>A project: a channel of the connector.</summary>
/// <param name="Id">The immutable numeric id.</param>
/// <param name="Key">The issue-key prefix (<c>PLAT</c>); a project's key can be changed.</param>
/// <param name="Name">The display name.</param>
public sealed record JiraProject([property: ImmutableId] string Id, [property: MutableId] string Key, string Name);

/// <summary>A status category: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</summary>
/// <param name="Key">The category key.</param>
public sealed record JiraStatusCategory(string Key);

/// <summary>A workflow status.</summary>
/// <param name="Id">The status id.</param>
/// <param name="Name">The status name.</param>
/// <param name="StatusCategory">Its category.</param>
public sealed record JiraStatus(string Id, string Name, JiraStatusCategory? StatusCategory);

/// <summary>An issue type with the statuses of its workflow (<c>GET /project/{id}/statuses</c>).</summary>
/// <param name="Id">The issue type id.</param>
/// <param name="Name">The issue type name.</param>
/// <param name="Statuses">Its statuses.</param>
public sealed record JiraIssueTypeStatuses(string Id, string Name, IReadOnlyList<JiraStatus> Statuses);

/// <summary>An issue type (<c>GET /issue/createmeta/{project}/issuetypes</c>).</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name (<c>Task</c>, <c>Bug</c>, ...).</param>
/// <param name="Subtask">Whether it is a sub-task type.</param>
public sealed record JiraIssueType(string Id, string Name, bool Subtask);

/// <summary>A comment.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Body">The body as ADF.</param>
/// <param name="Created">When it was written.</param>
public sealed record JiraComment(string Id, JiraUser? Author, AdfNode? Body, [property: JsonConverter(typeof(JiraDateConverter))] DateTimeOffset Created);

/// <summary>A page of an issue's comments (<c>fields.comment</c>, <c>GET /issue/{id}/comment</c>).</summary>
/// <param name="StartAt">The index of the first comment.</param>
/// <param name="Total">How many comments the issue has.</param>
/// <param name="Comments">The comments, oldest first.</param>
public sealed record JiraCommentPage(int StartAt, int Total, IReadOnlyList<JiraComment> Comments);

/// <summary>The fields of an issue the connector asks for.</summary>
/// <param name="Summary">The summary.</param>
/// <param name="Status">The workflow status.</param>
/// <param name="Assignee">The assignee; <see langword="null"/> when unassigned.</param>
/// <param name="Reporter">The reporter.</param>
/// <param name="Creator">The creator.</param>
/// <param name="Created">When it was created.</param>
/// <param name="Updated">When it last changed.</param>
/// <param name="Resolutiondate">When it was resolved, if it is.</param>
/// <param name="Description">The description as ADF.</param>
/// <param name="Comment">The first page of its comments.</param>
/// <param name="Project">The project it is in now.</param>
public sealed record JiraIssueFields(
    string? Summary,
    JiraStatus? Status,
    JiraUser? Assignee,
    JiraUser? Reporter,
    JiraUser? Creator,
    [property: JsonConverter(typeof(JiraDateConverter))] DateTimeOffset Created,
    [property: JsonConverter(typeof(JiraDateConverter))] DateTimeOffset Updated,
    [property: JsonConverter(typeof(JiraNullableDateConverter))] DateTimeOffset? Resolutiondate,
    AdfNode? Description,
    JiraCommentPage? Comment,
    JiraProject? Project);

/// <summary>The fields Jira renders as HTML (<c>expand=renderedFields</c>).</summary>
/// <param name="Description">The description as HTML.</param>
public sealed record JiraRenderedFields(string? Description);

/// <summary>An issue.</summary>
/// <param name="Id">The immutable numeric id: the only safe basis for an activity source.</param>
/// <param name="Key">The key (<c>PLAT-12</c>); it changes when the issue moves to another project.</param>
/// <param name="Fields">The requested fields.</param>
/// <param name="RenderedFields">The rendered fields, when expanded.</param>
public sealed record JiraIssue([property: ImmutableId] string Id, [property: MutableId] string Key, JiraIssueFields Fields, JiraRenderedFields? RenderedFields = null);

/// <summary><c>GET /search/jql</c>: one page of issues, and the token of the next.</summary>
/// <param name="Issues">The issues.</param>
/// <param name="NextPageToken">The next page's token; <see langword="null"/> on the last page.</param>
/// <param name="IsLast">Whether this is the last page.</param>
public sealed record JiraSearchPage(IReadOnlyList<JiraIssue> Issues, string? NextPageToken, bool IsLast);

/// <summary>A transition of an issue (<c>GET /issue/{id}/transitions</c>).</summary>
/// <param name="Id">The transition id.</param>
/// <param name="Name">The transition name.</param>
/// <param name="To">The status it leads to.</param>
public sealed record JiraTransition(string Id, string Name, JiraStatus To);

/// <summary>A Jira webhook delivery: only what names the issue (the connector reads the issue itself).</summary>
/// <param name="WebhookEvent"><c>jira:issue_created</c>, <c>jira:issue_updated</c>, <c>jira:issue_deleted</c>, <c>comment_created</c>, ...</param>
/// <param name="Issue">The issue it is about.</param>
public sealed record JiraWebhookEvent(string? WebhookEvent, JiraWebhookIssue? Issue);

/// <summary>The issue of a webhook delivery.</summary>
/// <param name="Id">Its immutable id.</param>
/// <param name="Key">Its key at the time of the event.</param>
public sealed record JiraWebhookIssue([property: ImmutableId] string? Id, [property: MutableId] string? Key);

/// <summary>Jira's error answer.</summary>
/// <param name="ErrorMessages">General messages.</param>
/// <param name="Errors">Messages by field.</param>
public sealed record JiraErrorCollection(IReadOnlyList<string>? ErrorMessages, IReadOnlyDictionary<string, string>? Errors);

internal sealed record ProjectPage(IReadOnlyList<JiraProject> Values, bool IsLast);

internal sealed record IssueTypePage(IReadOnlyList<JiraIssueType> IssueTypes);

internal sealed record TransitionList(IReadOnlyList<JiraTransition> Transitions);

internal sealed record CreatedIssue(string Id, string Key);

internal sealed record WebhookRegistrations(IReadOnlyList<WebhookRegistration> WebhookRegistrationResult);

internal sealed record WebhookRegistration(int? CreatedWebhookId, IReadOnlyList<string>? Errors);

internal sealed record WebhookExpiration(long ExpirationDate);

internal sealed record EntityProperty(string Key, string Value);

internal sealed record CommentRequest(AdfNode Body, IReadOnlyList<EntityProperty>? Properties = null);

internal sealed record TransitionRef(string Id);

internal sealed record TransitionRequest(TransitionRef Transition);

internal sealed record AssigneeRequest([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? AccountId);

internal sealed record IdRef(string Id);

internal sealed record NewIssueFields(string Summary, IdRef Project, IdRef Issuetype, AdfNode? Description);

internal sealed record NewIssueRequest(NewIssueFields Fields);

internal sealed record DescriptionFields(AdfNode Description);

internal sealed record EditDescriptionRequest(DescriptionFields Fields);

internal sealed record WebhookFilter(string JqlFilter, IReadOnlyList<string> Events);

internal sealed record RegisterWebhookRequest(string Url, IReadOnlyList<WebhookFilter> Webhooks);

internal sealed record WebhookIdList(IReadOnlyList<int> WebhookIds);

/// <summary>The System.Text.Json source-generated metadata of the Jira API (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<JiraSite>))]
[JsonSerializable(typeof(JiraUser))]
[JsonSerializable(typeof(IReadOnlyList<JiraUser>))]
[JsonSerializable(typeof(ProjectPage))]
[JsonSerializable(typeof(IReadOnlyList<JiraIssueTypeStatuses>))]
[JsonSerializable(typeof(IssueTypePage))]
[JsonSerializable(typeof(JiraIssue))]
[JsonSerializable(typeof(JiraSearchPage))]
[JsonSerializable(typeof(JiraComment))]
[JsonSerializable(typeof(JiraCommentPage))]
[JsonSerializable(typeof(TransitionList))]
[JsonSerializable(typeof(CreatedIssue))]
[JsonSerializable(typeof(WebhookRegistrations))]
[JsonSerializable(typeof(WebhookExpiration))]
[JsonSerializable(typeof(JiraWebhookEvent))]
[JsonSerializable(typeof(JiraErrorCollection))]
[JsonSerializable(typeof(CommentRequest))]
[JsonSerializable(typeof(TransitionRequest))]
[JsonSerializable(typeof(AssigneeRequest))]
[JsonSerializable(typeof(NewIssueRequest))]
[JsonSerializable(typeof(EditDescriptionRequest))]
[JsonSerializable(typeof(RegisterWebhookRequest))]
[JsonSerializable(typeof(WebhookIdList))]
internal sealed partial class JiraJsonContext : JsonSerializerContext;
