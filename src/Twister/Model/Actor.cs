namespace Twister;

/// <summary>Who authored something in Plot.</summary>
public enum ActorType
{
    /// <summary>A Plot user.</summary>
    User = 0,
    /// <summary>A twist or connector (including this one): never write such notes back.</summary>
    Twist,
    /// <summary>A contact from an external service.</summary>
    Contact,
}

/// <summary>
/// An actor Plot knows: a user, a twist or connector, or a contact. As a <see cref="NewActor"/> it names an
/// existing actor by id.
/// </summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Type">What kind of actor it is.</param>
/// <param name="Name">The display name, if known.</param>
public sealed record Actor(string Id, ActorType Type, string? Name = null) : NewActor
{
    /// <summary>The contact's email, when it has one (contacts only).</summary>
    public string? Email { get; init; }

    /// <summary>The contact's account in the connector's service, when Plot knows it (contacts only).</summary>
    public ContactSource? Source { get; init; }
}
