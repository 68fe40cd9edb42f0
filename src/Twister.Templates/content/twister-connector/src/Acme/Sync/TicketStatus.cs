namespace Acme.Sync;

/// <summary>The <c>ticket</c> link type: the statuses a ticket has in Acme and in Plot.</summary>
[LinkType("ticket", Label = "Ticket")]
public enum TicketStatus
{
    /// <summary>Not started.</summary>
    [Status("open", "Open", Todo = true)]
    Open,

    /// <summary>Being worked on.</summary>
    [Status("in_progress", "In progress", Tag = Tag.InProgress)]
    InProgress,

    /// <summary>Finished.</summary>
    [Status("done", "Done", Done = true, Tag = Tag.Done)]
    Done,
}
