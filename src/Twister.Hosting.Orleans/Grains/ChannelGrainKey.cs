using Microsoft.Extensions.Logging;
using Orleans;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Orleans.Grains;

/// <summary>
/// The key of a channel's grain: <c>{connector}/{channelId}</c> (<c>{connector}/</c> for the connector's own
/// work, such as listing channels). Connector names hold no <c>/</c>, so the first one separates the parts.
/// </summary>
internal static partial class ChannelGrainKey
{
    public static string Format(ChannelKey channel)
    {
        if (channel.Connector.Contains('/', StringComparison.Ordinal))
            throw new ArgumentException($"Connector name '{channel.Connector}' contains '/', which a cluster cannot key a grain by.", nameof(channel));
        return $"{channel.Connector}/{channel.ChannelId}";
    }

    public static ChannelKey Parse(string key)
    {
        var separator = key.IndexOf('/', StringComparison.Ordinal);
        return separator < 0
            ? throw new FormatException($"'{key}' is not a channel grain key ('connector/channelId').")
            : new ChannelKey(key[..separator], key[(separator + 1)..]);
    }

    /// <summary>The grain that runs <paramref name="channel"/>'s executions.</summary>
    public static IChannelGrain ChannelGrain(this IGrainFactory grains, ChannelKey channel) => grains.GetGrain<IChannelGrain>(Format(channel));

    /// <summary>Tells <paramref name="channel"/>'s grain to look at the queue (one-way: returns at once; a failure to send is logged).</summary>
    public static void Wake(this IGrainFactory grains, ChannelKey channel, ILogger logger)
    {
        try
        {
            grains.ChannelGrain(channel).WakeAsync().Ignore();
        }
        catch (Exception ex)
        {
            // The silo is stopping, or the cluster unreachable: the channel's due tasks stay queued and the next poll wakes it.
            WakeFailed(logger, ex, channel.ToString());
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Could not wake the grain of channel {Channel}; the next poll will")]
    private static partial void WakeFailed(ILogger logger, Exception exception, string channel);
}
