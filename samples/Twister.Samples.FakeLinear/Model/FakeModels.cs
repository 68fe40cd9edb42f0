using System.Text.Json.Serialization;

namespace Twister.Samples.FakeLinear.Model;

/// <summary>A team (a channel of the issue connector).</summary>
/// <param name="Id">The team's immutable id.</param>
/// <param name="Name">The team's name.</param>
/// <param name="Key">The prefix of its issue identifiers (for example <c>ENG</c>).</param>
public sealed record FakeTeam(string Id, string Name, [property: JsonIgnore] string Key);

/// <summary>An issue, shaped like the fake API's <c>Issue</c> JSON.</summary>
/// <param name="Id">The immutable uuid.</param>
/// <param name="Identifier">The mutable human key, for example <c>ENG-12</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">Plain-text description.</param>
/// <param name="DescriptionHtml">HTML description.</param>
/// <param name="Url">The issue's web URL.</param>
/// <param name="Status">The status id (<c>backlog</c>, <c>unstarted</c>, <c>completed</c>).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="CompletedAt">When it was completed, if it is.</param>
/// <param name="TeamId">The owning team (not part of the JSON).</param>
/// <param name="Comments">Its comments, oldest first, inlined in API answers and webhook payloads (as a GraphQL
/// query of <c>comments</c> would) by <see cref="Data.FakeLinearData.WithComments"/>; <see langword="null"/> in the
/// state, so issues compare by value.</param>
public sealed record FakeIssue(
    string Id,
    string Identifier,
    string Title,
    string? Description,
    string? DescriptionHtml,
    string Url,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    [property: JsonIgnore] string TeamId,
    IReadOnlyList<FakeComment>? Comments = null);

/// <summary>A comment on an issue.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="IssueId">The issue.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record FakeComment(string Id, string IssueId, string Body, DateTimeOffset CreatedAt);

/// <summary>A webhook registered through <c>POST /webhooks</c>.</summary>
/// <param name="Id">The webhook id.</param>
/// <param name="Url">The URL to deliver to.</param>
/// <param name="TeamId">The team it watches.</param>
public sealed record FakeWebhook(string Id, string Url, string TeamId);
