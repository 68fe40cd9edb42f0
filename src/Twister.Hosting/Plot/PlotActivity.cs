namespace Twister.Hosting.Plot;

/// <summary>An activity (a Plot thread) as stored by the host.</summary>
/// <param name="Id">Plot's id of the activity.</param>
/// <param name="Source">The source it is upserted by.</param>
/// <param name="Connector">The connector that owns it, or <see langword="null"/> for a user's own thread.</param>
/// <param name="Type">The kind of activity.</param>
/// <param name="Title">The title.</param>
/// <param name="Done">When it was completed.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Meta">Its metadata.</param>
/// <param name="LinkType">The link type, for links made by create-link.</param>
/// <param name="LinkStatus">The link status, for links made by create-link.</param>
/// <param name="SourceUrl">The item's URL, for links made by create-link.</param>
/// <param name="Unread">Whether the user has not read it.</param>
/// <param name="Archived">Whether the user archived it.</param>
public sealed record PlotActivity(
    long Id,
    string? Source,
    string? Connector,
    ActivityType Type,
    string? Title,
    DateTimeOffset? Done,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    ActivityMeta Meta,
    string? LinkType,
    string? LinkStatus,
    string? SourceUrl,
    bool Unread,
    bool Archived)
{
    /// <summary>The author's contact key.</summary>
    public string? AuthorKey { get; init; }

    /// <summary>The assignee's contact key.</summary>
    public string? AssigneeKey { get; init; }

    /// <summary>Who created the item (filled by <see cref="PlotWorkspace"/>).</summary>
    public PlotContact? Author { get; init; }

    /// <summary>Who it is assigned to (filled by <see cref="PlotWorkspace"/>).</summary>
    public PlotContact? Assignee { get; init; }

    /// <summary>When it was created in the external service.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When it last changed in the external service.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Its plain-text preview.</summary>
    public string? Preview { get; init; }

    /// <summary>Its priority among a thread's items.</summary>
    public int? Priority { get; init; }

    /// <summary>The source of the item it belongs with.</summary>
    public string? RelatedSource { get; init; }

    /// <summary>Its tags.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>Its buttons.</summary>
    public IReadOnlyList<ItemAction> Actions { get; init; } = [];

    /// <summary>When it happens.</summary>
    public IReadOnlyList<PlotSchedule> Schedules { get; init; } = [];

    /// <summary>Whether a Plot user put it on their to-do list.</summary>
    public bool ToDo { get; init; }

    /// <summary>The day it is planned for on the to-do list.</summary>
    public DateOnly? ToDoDate { get; init; }
}
