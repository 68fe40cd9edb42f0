using System.Text.Json;
using System.Text.Json.Serialization;

namespace Acme.Api;

/// <summary>An Acme project: one channel of the connector.</summary>
/// <param name="Id">The project id.</param>
/// <param name="Name">Its name.</param>
public sealed record AcmeProject(string Id, string Name);

/// <summary>An Acme ticket.</summary>
/// <param name="Id">The immutable id: the only safe basis for an activity source.</param>
/// <param name="Key">The human key (<c>OPS-12</c>); changes when the ticket moves project.</param>
/// <param name="ProjectId">The project it belongs to.</param>
/// <param name="Title">The title.</param>
/// <param name="DescriptionHtml">The description as HTML, passed to Plot unchanged.</param>
/// <param name="Status">The status id (<c>open</c>, <c>in_progress</c>, <c>done</c>).</param>
/// <param name="Url">The ticket's web address.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
/// <param name="Comments">Its comments, oldest first.</param>
public sealed record AcmeTicket(
    [property: ImmutableId] string Id,
    [property: MutableId] string Key,
    string ProjectId,
    string Title,
    string? DescriptionHtml,
    string Status,
    string Url,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AcmeComment> Comments);

/// <summary>A comment on a ticket.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="Body">Its text.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record AcmeComment(string Id, string Body, DateTimeOffset CreatedAt);

/// <summary>One page of a project's tickets.</summary>
/// <param name="Tickets">The tickets, ordered by id.</param>
/// <param name="NextCursor">The cursor of the next page, or <see langword="null"/> on the last one.</param>
public sealed record AcmeTicketPage(IReadOnlyList<AcmeTicket> Tickets, string? NextCursor);

/// <summary>A webhook delivery: <c>ticket.created</c> or <c>ticket.updated</c>, with the ticket.</summary>
/// <param name="Event">The event name.</param>
/// <param name="Ticket">The ticket as it is now.</param>
public sealed record AcmeWebhookEvent(string Event, AcmeTicket? Ticket);

/// <summary>The list of projects.</summary>
/// <param name="Projects">The projects the token can see.</param>
public sealed record AcmeProjectList(IReadOnlyList<AcmeProject> Projects);

/// <summary>The body of a new comment.</summary>
/// <param name="Body">Its text.</param>
public sealed record NewAcmeComment(string Body);

/// <summary>The body of a ticket change.</summary>
/// <param name="Status">The new status id.</param>
public sealed record AcmeTicketChange(string Status);

/// <summary>The body of a webhook registration.</summary>
/// <param name="Url">Where Acme delivers.</param>
/// <param name="ProjectId">The project whose events it receives.</param>
public sealed record NewAcmeWebhook(string Url, string ProjectId);

/// <summary>A registered webhook.</summary>
/// <param name="Id">Its id at Acme.</param>
public sealed record AcmeWebhook(string Id);

/// <summary>Reflection-free JSON for Acme's API (camelCase, as the API writes it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AcmeProjectList))]
[JsonSerializable(typeof(AcmeTicket))]
[JsonSerializable(typeof(AcmeTicketPage))]
[JsonSerializable(typeof(AcmeWebhookEvent))]
[JsonSerializable(typeof(AcmeComment))]
[JsonSerializable(typeof(NewAcmeComment))]
[JsonSerializable(typeof(AcmeTicketChange))]
[JsonSerializable(typeof(NewAcmeWebhook))]
[JsonSerializable(typeof(AcmeWebhook))]
public sealed partial class AcmeJsonContext : JsonSerializerContext;
