namespace Twister;

/// <summary>
/// Who something is by or for, as a connector says it: an existing <see cref="Actor"/> (by id) or a
/// <see cref="NewContact"/> from the external service, which Plot deduplicates by source account or email.
/// </summary>
public abstract record NewActor
{
    private protected NewActor()
    {
    }

    /// <summary>
    /// Explicitly nobody: as an item's <see cref="NewActivity.Assignee"/>, it clears the assignee (a
    /// <see langword="null"/> assignee leaves it as it is).
    /// </summary>
    public static NewActor Nobody { get; } = new NoActor();

    private sealed record NoActor : NewActor;
}

/// <summary>
/// A person from the external service (an issue's reporter, an event's attendee, a message's author).
/// Plot matches it to the contact it already has with the same <see cref="Source"/> account, else the
/// same <see cref="Email"/>; a contact needs at least one of the two.
/// </summary>
public sealed record NewContact : NewActor
{
    /// <summary>The contact's email address.</summary>
    public string? Email { get; init; }

    /// <summary>The contact's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The URL of the contact's avatar image.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>The contact's account in the external service (its immutable id, never a handle).</summary>
    public ContactSource? Source { get; init; }
}

/// <summary>A contact's account in an external service.</summary>
/// <param name="Provider">The service (for example <c>"slack"</c> or <c>"atlassian"</c>).</param>
/// <param name="AccountId">The account's immutable id in that service (for example <c>"U0123"</c>).</param>
public sealed record ContactSource(string Provider, string AccountId);
