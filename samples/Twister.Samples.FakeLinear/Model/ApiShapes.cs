using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeLinear.Model;

/// <summary><c>GET /teams</c>.</summary>
/// <param name="Teams">The teams.</param>
public sealed record TeamList(IReadOnlyList<FakeTeam> Teams);

/// <summary>A page of issues.</summary>
/// <param name="Nodes">The issues.</param>
/// <param name="PageInfo">Paging.</param>
public sealed record IssuePage(IReadOnlyList<FakeIssue> Nodes, PageInfo PageInfo);

/// <summary>Paging of <see cref="IssuePage"/>.</summary>
/// <param name="HasNextPage">Whether more issues follow.</param>
/// <param name="EndCursor">The cursor to pass as <c>after</c>.</param>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);

/// <summary><c>GET /issues/{id}/comments</c>.</summary>
/// <param name="Comments">The comments.</param>
public sealed record CommentList(IReadOnlyList<FakeComment> Comments);

/// <summary><c>POST /teams/{teamId}/issues</c>.</summary>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Status">The status.</param>
public sealed record CreateIssueBody(string? Title, string? Description, string? Status);

/// <summary><c>PATCH /issues/{id}</c>.</summary>
/// <param name="Title">A new title.</param>
/// <param name="Description">A new plain description.</param>
/// <param name="DescriptionHtml">A new HTML description.</param>
/// <param name="Status">A new status.</param>
public sealed record PatchIssueBody(string? Title, string? Description, string? DescriptionHtml, string? Status);

/// <summary>A comment body.</summary>
/// <param name="Body">The text.</param>
public sealed record CommentBody(string? Body);

/// <summary><c>POST /webhooks</c>.</summary>
/// <param name="Url">The URL.</param>
/// <param name="TeamId">The team.</param>
public sealed record CreateWebhookBody(string? Url, string? TeamId);

/// <summary>The answer of <c>POST /webhooks</c>.</summary>
/// <param name="Id">The webhook id.</param>
public sealed record WebhookCreated(string Id);

/// <summary>A webhook payload.</summary>
/// <param name="Type">Always <c>Issue</c>.</param>
/// <param name="Action"><c>create</c>, <c>update</c> or <c>remove</c>.</param>
/// <param name="Data">The issue.</param>
public sealed record WebhookPayload(string Type, string Action, FakeIssue Data);

/// <summary>Reflection-free JSON metadata of the fake API (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TeamList))]
[JsonSerializable(typeof(IssuePage))]
[JsonSerializable(typeof(FakeIssue))]
[JsonSerializable(typeof(FakeComment))]
[JsonSerializable(typeof(CommentList))]
[JsonSerializable(typeof(CreateIssueBody))]
[JsonSerializable(typeof(PatchIssueBody))]
[JsonSerializable(typeof(CommentBody))]
[JsonSerializable(typeof(CreateWebhookBody))]
[JsonSerializable(typeof(WebhookCreated))]
[JsonSerializable(typeof(WebhookPayload))]
public sealed partial class FakeLinearJson : JsonSerializerContext;
