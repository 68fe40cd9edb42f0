using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.Linear.Api;

/// <summary>A Linear team: one channel of the connector.</summary>
/// <param name="Id">The team id.</param>
/// <param name="Name">The team name.</param>
public sealed record LinearTeam(string Id, string Name);

/// <summary>A Linear issue.</summary>
/// <param name="Id">The immutable UUID: the only safe basis for an activity source.</param>
/// <param name="Identifier">The human key (<c>ENG-123</c>); changes when the issue moves team.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The plain-text description.</param>
/// <param name="DescriptionHtml">The description as HTML, passed to Plot unchanged.</param>
/// <param name="Url">The issue's web address.</param>
/// <param name="Status">The workflow status id.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="CompletedAt">When it was completed, if it was.</param>
/// <param name="Comments">Its comments, oldest first, when the answer includes them.</param>
public sealed record LinearIssue(
    [property: ImmutableId] string Id,
    [property: MutableId] string Identifier,
    string Title,
    string? Description,
    string? DescriptionHtml,
    string? Url,
    string? Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<LinearComment>? Comments = null);

/// <summary>A comment on an issue.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="IssueId">The issue it belongs to.</param>
/// <param name="Body">The comment text.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record LinearComment(string Id, string IssueId, string Body, DateTimeOffset CreatedAt);

/// <summary>One page of a team's issues.</summary>
/// <param name="Nodes">The issues, ordered by id.</param>
/// <param name="PageInfo">Where the next page starts.</param>
public sealed record LinearIssuePage(IReadOnlyList<LinearIssue> Nodes, LinearPageInfo PageInfo);

/// <summary>Paging state of a list answer.</summary>
/// <param name="HasNextPage">Whether more items follow.</param>
/// <param name="EndCursor">The cursor to pass as <c>after</c> for the next page.</param>
public sealed record LinearPageInfo(bool HasNextPage, string? EndCursor);

/// <summary>A webhook delivery.</summary>
/// <param name="Type">The entity type (<c>Issue</c>).</param>
/// <param name="Action"><c>create</c>, <c>update</c> or <c>remove</c>.</param>
/// <param name="Data">The entity.</param>
public sealed record LinearWebhook(string Type, string Action, LinearIssue? Data);

internal sealed record TeamsResponse(IReadOnlyList<LinearTeam> Teams);

internal sealed record CommentsResponse(IReadOnlyList<LinearComment> Comments);

internal sealed record WebhookCreated(string Id);

internal sealed record CreateIssueRequest(string Title, string? Description, string? Status);

internal sealed record CreateCommentRequest(string Body);

internal sealed record CreateWebhookRequest(string Url, string TeamId);

/// <summary>The System.Text.Json source-generated metadata of the Linear API (trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TeamsResponse))]
[JsonSerializable(typeof(LinearIssuePage))]
[JsonSerializable(typeof(LinearIssue))]
[JsonSerializable(typeof(LinearComment))]
[JsonSerializable(typeof(CommentsResponse))]
[JsonSerializable(typeof(LinearWebhook))]
[JsonSerializable(typeof(WebhookCreated))]
[JsonSerializable(typeof(CreateIssueRequest))]
[JsonSerializable(typeof(CreateCommentRequest))]
[JsonSerializable(typeof(CreateWebhookRequest))]
internal sealed partial class LinearJsonContext : JsonSerializerContext;
