namespace Twister.Samples.Linear.Sync;

/// <summary>The <c>issue</c> link type: its members are the statuses an issue link can have.</summary>
[LinkType("issue", Label = "Issue")]
public enum IssueStatus
{
    /// <summary>Not planned yet.</summary>
    [Status("backlog", "Backlog")]
    Backlog,

    /// <summary>Planned; the status Plot pre-selects when a user creates an issue from a thread.</summary>
    [Status("unstarted", "To Do", Todo = true, CreateDefault = true)]
    Unstarted,

    /// <summary>In progress.</summary>
    [Status("started", "In Progress", Tag = Tag.InProgress)]
    Started,

    /// <summary>Done.</summary>
    [Status("completed", "Done", Done = true, Tag = Tag.Done)]
    Completed,
}
