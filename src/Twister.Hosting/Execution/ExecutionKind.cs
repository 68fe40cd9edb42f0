namespace Twister.Hosting.Execution;

/// <summary>What started an execution.</summary>
public enum ExecutionKind
{
    /// <summary><c>GetChannelsAsync</c> during install.</summary>
    GetChannels,
    /// <summary><c>OnChannelEnabledAsync</c>.</summary>
    ChannelEnabled,
    /// <summary><c>OnChannelDisabledAsync</c> and the bulk archive that follows it.</summary>
    ChannelDisabled,
    /// <summary>A queued task.</summary>
    Task,
    /// <summary>A webhook delivery (queued like a task).</summary>
    Webhook,
    /// <summary>A callback invoked directly by key (the test kit's legacy-argument replay).</summary>
    Callback,
    /// <summary><c>OnNoteCreatedAsync</c> write-back.</summary>
    NoteCreated,
    /// <summary><c>OnNoteUpdatedAsync</c> write-back.</summary>
    NoteUpdated,
    /// <summary><c>OnCreateLinkAsync</c>.</summary>
    CreateLink,
    /// <summary><c>ActivateAsync</c>, on install.</summary>
    Activate,
    /// <summary><c>UpgradeAsync</c>, when a changed manifest replaces the installed one.</summary>
    Upgrade,
    /// <summary><c>DeactivateAsync</c>, on uninstall.</summary>
    Deactivate,
    /// <summary><c>OnLinkUpdatedAsync</c>: a Plot user changed an item's status or assignee.</summary>
    LinkUpdated,
    /// <summary><c>OnThreadReadAsync</c>.</summary>
    ThreadRead,
    /// <summary><c>OnThreadToDoAsync</c>.</summary>
    ThreadToDo,
    /// <summary><c>OnScheduleContactUpdatedAsync</c>: an attendee answered an invitation in Plot.</summary>
    ScheduleContactUpdated,
    /// <summary><c>OnOptionsChangedAsync</c>.</summary>
    OptionsChanged,
    /// <summary>A Plot user clicked an item's callback action.</summary>
    Action,
}

/// <summary>How an execution ended.</summary>
public enum ExecutionStatus
{
    /// <summary>Committed.</summary>
    Succeeded,
    /// <summary>Rolled back; nothing it wrote is kept.</summary>
    Failed,
    /// <summary>
    /// Rolled back because a service asked to be called again later than the execution could wait
    /// (<c>Retry-After</c>); its task runs again at that time, without counting an attempt.
    /// </summary>
    Rescheduled,
}
