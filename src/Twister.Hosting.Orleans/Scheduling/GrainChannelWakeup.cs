using Microsoft.Extensions.Logging;
using Orleans;
using Twister.Hosting.Orleans.Grains;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Orleans.Scheduling;

/// <summary>
/// Routes "tasks were queued on this channel" (a webhook delivery accepted on this silo, an execution that
/// queued work) to the channel's grain, wherever it lives, so the work starts now rather than at the next poll.
/// </summary>
internal sealed class GrainChannelWakeup(IGrainFactory grains, ILogger<GrainChannelWakeup> logger) : IChannelWakeup
{
    public void TasksQueued(ChannelKey channel) => grains.Wake(channel, logger);
}
