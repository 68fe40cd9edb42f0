using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot.Ingest;

/// <summary>
/// How items and notes refer to people: a contact by its source key (<c>src:{provider}:{accountId}</c>) or,
/// without a source account, its email key (<c>email:{lower-case email}</c>); an existing actor by
/// <c>actor:{type}:{id}</c>.
/// </summary>
internal static class ContactKeys
{
    public const string ActorPrefix = "actor:";

    /// <summary>The contact to merge into the store for <paramref name="contact"/>, or an error naming the field.</summary>
    public static ContactRow ToRow(NewContact contact, string item, string field)
    {
        if (contact.Source is { } source && (string.IsNullOrWhiteSpace(source.Provider) || string.IsNullOrWhiteSpace(source.AccountId)))
            throw new PlotValidationException(item, field, "has a source account without a provider or an account id.");
        if (contact.Source is null && string.IsNullOrWhiteSpace(contact.Email))
            throw new PlotValidationException(item, field, "is a contact with neither an email nor a source account; Plot cannot tell who it is.");
        var email = string.IsNullOrWhiteSpace(contact.Email) ? null : contact.Email.Trim();
        return new ContactRow(
            contact.Source is { } s ? $"src:{s.Provider}:{s.AccountId}" : null,
            email is null ? null : "email:" + email.ToLowerInvariant(),
            contact.Source?.Provider, contact.Source?.AccountId, email, contact.Name, contact.AvatarUrl);
    }

    /// <summary>The key of an existing actor.</summary>
    public static string Of(Actor actor) => $"{ActorPrefix}{(int)actor.Type}:{actor.Id}";

    /// <summary>The actor behind an <c>actor:</c> key.</summary>
    public static Actor? ActorOf(string key)
    {
        if (!key.StartsWith(ActorPrefix, StringComparison.Ordinal)) return null;
        var rest = key[ActorPrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return new Actor(rest[(colon + 1)..], (ActorType)int.Parse(rest[..colon], System.Globalization.CultureInfo.InvariantCulture));
    }
}
