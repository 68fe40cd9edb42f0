using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeJira.Model;

// The JSON shapes of the Jira Cloud REST API v3 answers the fake gives, property for property
// (camelCase). Only what the Jira connector reads, plus the ids and links every Jira answer carries.

/// <summary>A user (<c>reporter</c>, <c>assignee</c>, comment <c>author</c>, <c>GET /user/search</c>).</summary>
public sealed record UserJson(
    string Self,
    string AccountId,
    string AccountType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EmailAddress,
    IReadOnlyDictionary<string, string> AvatarUrls,
    string DisplayName,
    bool Active,
    string TimeZone);

/// <summary>A status category.</summary>
public sealed record StatusCategoryJson(string Self, int Id, string Key, string ColorName, string Name);

/// <summary>A status.</summary>
public sealed record StatusJson(string Self, string Id, string Name, StatusCategoryJson StatusCategory);

/// <summary>A project.</summary>
public sealed record ProjectJson(string Self, string Id, string Key, string Name, string Description, string ProjectTypeKey, IReadOnlyDictionary<string, string> AvatarUrls);

/// <summary><c>GET /project/search</c>.</summary>
public sealed record ProjectPageJson(string Self, int MaxResults, int StartAt, int Total, bool IsLast, IReadOnlyList<ProjectJson> Values);

/// <summary>An issue type.</summary>
public sealed record IssueTypeJson(string Self, string Id, string Name, bool Subtask, int HierarchyLevel);

/// <summary>An issue type with its statuses (<c>GET /project/{id}/statuses</c>).</summary>
public sealed record IssueTypeStatusesJson(string Self, string Id, string Name, bool Subtask, IReadOnlyList<StatusJson> Statuses);

/// <summary><c>GET /issue/createmeta/{project}/issuetypes</c>.</summary>
public sealed record IssueTypePageJson(int MaxResults, int StartAt, int Total, IReadOnlyList<IssueTypeJson> IssueTypes);

/// <summary>A comment.</summary>
public sealed record CommentJson(
    string Self,
    string Id,
    UserJson Author,
    AdfNode Body,
    UserJson UpdateAuthor,
    string Created,
    string Updated,
    bool JsdPublic,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RenderedBody,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EntityPropertyJson>? Properties);

/// <summary>An entity property.</summary>
public sealed record EntityPropertyJson(string Key, JsonNode? Value);

/// <summary>A page of comments (<c>fields.comment</c>, <c>GET /issue/{id}/comment</c>).</summary>
public sealed record CommentPageJson(int StartAt, int MaxResults, int Total, IReadOnlyList<CommentJson> Comments);

/// <summary>The <c>fields</c> of an issue. Nulls are written: Jira says <c>"assignee": null</c> for an unassigned issue.</summary>
public sealed record IssueFieldsJson(
    string Summary,
    StatusJson Status,
    UserJson? Assignee,
    UserJson Reporter,
    UserJson Creator,
    string Created,
    string Updated,
    AdfNode? Description,
    CommentPageJson Comment,
    ProjectJson Project,
    IssueTypeJson Issuetype,
    string? Resolutiondate,
    IReadOnlyList<JsonNode> Attachment);

/// <summary>The <c>renderedFields</c> of an issue (<c>expand=renderedFields</c>): HTML.</summary>
public sealed record RenderedFieldsJson(string? Description, string Created, string Updated);

/// <summary>An issue.</summary>
public sealed record IssueJson(
    string Expand,
    string Id,
    string Self,
    string Key,
    IssueFieldsJson Fields,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RenderedFieldsJson? RenderedFields);

/// <summary><c>GET|POST /search</c>: offset paging with a total. Issues are already trimmed to the requested fields.</summary>
public sealed record SearchResultsJson(string Expand, int StartAt, int MaxResults, int Total, IReadOnlyList<JsonNode> Issues);

/// <summary><c>GET|POST /search/jql</c>: token paging without a total.</summary>
public sealed record EnhancedSearchResultsJson(
    IReadOnlyList<JsonNode> Issues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NextPageToken,
    bool IsLast);

/// <summary><c>POST /issue</c>.</summary>
public sealed record CreatedIssueJson(string Id, string Key, string Self);

/// <summary>A transition.</summary>
public sealed record TransitionJson(string Id, string Name, StatusJson To, bool HasScreen, bool IsGlobal, bool IsInitial, bool IsAvailable, bool IsConditional);

/// <summary><c>GET /issue/{id}/transitions</c>.</summary>
public sealed record TransitionsJson(string Expand, IReadOnlyList<TransitionJson> Transitions);

/// <summary>One registration result of <c>POST /webhook</c>.</summary>
public sealed record WebhookRegistrationJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CreatedWebhookId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Errors);

/// <summary><c>POST /webhook</c>.</summary>
public sealed record WebhookRegistrationsJson(IReadOnlyList<WebhookRegistrationJson> WebhookRegistrationResult);

/// <summary>A registered dynamic webhook (<c>GET /webhook</c>).</summary>
public sealed record WebhookJson(int Id, string JqlFilter, IReadOnlyList<string> Events, long ExpirationDate);

/// <summary><c>GET /webhook</c>.</summary>
public sealed record WebhookPageJson(int MaxResults, int StartAt, int Total, bool IsLast, IReadOnlyList<WebhookJson> Values);

/// <summary><c>PUT /webhook/refresh</c>: the new expiry in epoch milliseconds.</summary>
public sealed record WebhookExpirationJson(long ExpirationDate);

/// <summary>Jira's error answer (400, 404).</summary>
public sealed record ErrorCollectionJson(IReadOnlyList<string> ErrorMessages, IReadOnlyDictionary<string, string> Errors);

/// <summary>The API gateway's 401 answer.</summary>
public sealed record GatewayErrorJson(int Code, string Message);

/// <summary>One site of <c>GET /oauth/token/accessible-resources</c> (how a client learns its cloud id).</summary>
public sealed record AccessibleResourceJson(string Id, string Url, string Name, IReadOnlyList<string> Scopes, string AvatarUrl);

/// <summary>A <c>jira:issue_*</c> webhook delivery.</summary>
public sealed record IssueEventJson(
    long Timestamp,
    string WebhookEvent,
    string IssueEventTypeName,
    UserJson User,
    JsonNode Issue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChangelogJson? Changelog,
    IReadOnlyList<int> MatchedWebhookIds);

/// <summary>The <c>changelog</c> of an issue event.</summary>
public sealed record ChangelogJson(string Id, IReadOnlyList<ChangelogItemJson> Items);

/// <summary>One <c>changelog.items</c> entry.</summary>
public sealed record ChangelogItemJson(string Field, string Fieldtype, string? From, string? FromString, string? To, [property: JsonPropertyName("toString")] string? ToText);

/// <summary>A <c>comment_*</c> webhook delivery: the comment body is a plain string there, not ADF.</summary>
public sealed record CommentEventJson(long Timestamp, string WebhookEvent, CommentEventCommentJson Comment, JsonNode Issue, IReadOnlyList<int> MatchedWebhookIds);

/// <summary>The comment of a <c>comment_*</c> delivery.</summary>
public sealed record CommentEventCommentJson(
    string Self,
    string Id,
    UserJson Author,
    string Body,
    UserJson UpdateAuthor,
    string Created,
    string Updated,
    bool JsdPublic,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EntityPropertyJson>? Properties);
