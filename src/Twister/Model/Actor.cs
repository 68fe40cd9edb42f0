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

/// <summary>An author.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Type">What kind of actor it is.</param>
/// <param name="Name">The display name, if known.</param>
public sealed record Actor(string Id, ActorType Type, string? Name = null);
