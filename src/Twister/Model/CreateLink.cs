namespace Twister;

/// <summary>A contact of a Plot thread.</summary>
/// <param name="Email">The contact's email, if known.</param>
/// <param name="Name">The contact's name, if known.</param>
public sealed record Contact(string? Email, string? Name = null);

/// <summary>A user's request to create a new external item from a Plot thread.</summary>
/// <param name="ChannelId">The target channel.</param>
/// <param name="Type">The link type id.</param>
/// <param name="Status">The status the user selected.</param>
/// <param name="Title">The thread title.</param>
/// <param name="NoteContent">Markdown of the thread's first note, or <see langword="null"/>.</param>
/// <param name="Contacts">The thread's contacts, minus the creating user.</param>
public sealed record CreateLinkDraft(string ChannelId, string Type, string Status, string Title, string? NoteContent, IReadOnlyList<Contact> Contacts);

/// <summary>
/// The external item created by <c>OnCreateLinkAsync</c>. Return it; never save it yourself (that
/// creates a duplicate thread). The runtime fills <see cref="ChannelId"/> and <see cref="Type"/> from
/// the draft when they are omitted.
/// </summary>
public sealed record NewLinkWithNotes
{
    /// <summary>The immutable source of the external item.</summary>
    public required string Source { get; init; }

    /// <summary>The link type id; defaults to the draft's.</summary>
    public string? Type { get; init; }

    /// <summary>The channel; defaults to the draft's.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The status.</summary>
    public string? Status { get; init; }

    /// <summary>When the item was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The item's URL in the external service.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Metadata stored with the link.</summary>
    public ActivityMeta? Meta { get; init; }

    /// <summary>Notes to attach.</summary>
    public IReadOnlyList<NewNote>? Notes { get; init; }
}
