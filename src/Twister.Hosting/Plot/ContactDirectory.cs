using Twister.Hosting.Plot.Ingest;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot;

/// <summary>Turns the contact keys items and notes store into contacts and actors, in one read per batch of keys.</summary>
internal static class ContactDirectory
{
    /// <summary>The contacts behind <paramref name="keys"/> (actor keys and unknown keys are left out).</summary>
    public static Task<IReadOnlyDictionary<string, PlotContact>> FindAsync(IPlotStore plot, IEnumerable<string?> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.OfType<string>().Where(k => k.Length > 0 && !k.StartsWith(ContactKeys.ActorPrefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        return plot.FindContactsAsync(wanted, cancellationToken);
    }

    /// <summary>The actor a stored key names: a contact (with its email and source), or an existing actor.</summary>
    public static Actor? ActorOf(string? key, IReadOnlyDictionary<string, PlotContact> contacts)
        => key is null or "" ? null
            : ContactKeys.ActorOf(key) ?? (contacts.TryGetValue(key, out var contact) ? contact.ToActor() : new Actor(key, ActorType.Contact));

    /// <summary>A note's author with its contact details when it is a contact.</summary>
    public static Actor AuthorOf(PlotNote note, IReadOnlyDictionary<string, PlotContact> contacts)
        => note.Author.Type == ActorType.Contact && contacts.TryGetValue(note.Author.Id, out var contact) ? contact.ToActor() : note.Author;
}
