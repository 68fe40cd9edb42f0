using System.Text.RegularExpressions;

namespace Twister.Samples.Broken.Fixable;

/// <summary>A mapper outside the connector class: the rules follow the connector's calls into it.</summary>
internal static class TicketMapper
{
    public static NewActivity ToActivity(Ticket ticket, string channelId) => new()
    {
        Source = $"tickets:ticket:{ticket.Id}",
        Title = ticket.Title,
        // TWIST2003 + TWIST2004: no SyncProvider, no ChannelId.
        Meta = new ActivityMeta { ExternalId = ticket.Id },
        // TWIST3001: tags stripped locally.
        Notes = [new NewNote { Key = "description", Content = Regex.Replace(ticket.BodyHtml, "<[^>]+>", ""), ContentType = ContentType.Text }],
    };
}

public sealed record Ticket(string Id, string Title, string BodyHtml);

public sealed record TicketSyncState(string? Cursor, int Page);

// TWIST1011: `Total` was added to a shipped state record without a default value.
public sealed record TicketProgress(int Done, int Total);
