namespace Twister;

/// <summary>The kind of a Plot activity.</summary>
public enum ActivityType
{
    /// <summary>A note or message.</summary>
    Note = 0,
    /// <summary>Something to do (an issue, a task).</summary>
    Action,
    /// <summary>Something that happens at a time (a calendar event).</summary>
    Event,
}
