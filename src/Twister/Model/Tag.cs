namespace Twister;

/// <summary>
/// Plot's tags: set on items (<see cref="NewActivity.Tags"/>) and notes (<see cref="NewNote.Tags"/>), or by
/// a link status (<see cref="StatusAttribute.Tag"/>). Values are stable: they are stored.
/// </summary>
public enum Tag
{
    /// <summary>No tag.</summary>
    None = 0,
    /// <summary>Done.</summary>
    Done,
    /// <summary>In progress.</summary>
    InProgress,
    /// <summary>Blocked.</summary>
    Blocked,
    /// <summary>On the to-do list.</summary>
    Todo,
    /// <summary>A twist is working on it.</summary>
    Twist,
    /// <summary>Pinned.</summary>
    Pinned,
    /// <summary>Urgent.</summary>
    Urgent,
    /// <summary>A goal.</summary>
    Goal,
    /// <summary>A decision.</summary>
    Decision,
    /// <summary>Waiting on someone.</summary>
    Waiting,
    /// <summary>A warning.</summary>
    Warning,
    /// <summary>A question.</summary>
    Question,
    /// <summary>Starred.</summary>
    Star,
    /// <summary>An idea.</summary>
    Idea,
}
