using Orleans;
using Orleans.Concurrency;

namespace Twister.Hosting.Orleans.Grains;

/// <summary>
/// The grain of one (connector, channel): it runs that channel's executions one at a time, in the order they
/// reach it (tasks and webhook deliveries claimed from the queue, lifecycle calls, write-back, create-link).
/// Every execution is the local host's own (the same engine, unit of work and storage), run on the silo the
/// grain lives on.
/// </summary>
[Alias("twister.IChannelGrain")]
internal interface IChannelGrain : IGrainWithStringKey
{
    /// <summary>Asks the grain to run its channel's due tasks (at most one drain is queued however often it is woken).</summary>
    [OneWay, AlwaysInterleave, Alias("Wake")]
    Task WakeAsync();

    /// <summary>Claims and runs the channel's next due task, then queues itself again while tasks remain.</summary>
    [OneWay, Alias("RunNextTask")]
    Task RunNextTaskAsync();

    /// <summary>Installs the connector (on its own channel): lists and saves its channels.</summary>
    [Alias("Install")]
    Task<ChannelCallResult> InstallAsync(string? developmentToken);

    /// <summary>Enables the channel.</summary>
    [Alias("Enable")]
    Task<ChannelCallResult> EnableAsync();

    /// <summary>Disables the channel; <see cref="ChannelCallResult.Count"/> is the number of activities archived.</summary>
    [Alias("Disable")]
    Task<ChannelCallResult> DisableAsync();

    /// <summary>Creates a link from a Plot draft; <see cref="ChannelCallResult.Id"/> is the linked activity's.</summary>
    [Alias("CreateLink")]
    Task<ChannelCallResult> CreateLinkAsync(CreateLinkDraft draft);

    /// <summary>Adds a user's note to an activity of the channel and writes it back; <see cref="ChannelCallResult.Id"/> is the note's.</summary>
    [Alias("AddNote")]
    Task<ChannelCallResult> AddNoteAsync(long activityId, string content, Actor? author);

    /// <summary>Edits a user's note on an activity of the channel and writes it back.</summary>
    [Alias("EditNote")]
    Task<ChannelCallResult> EditNoteAsync(long noteId, string content);
}
