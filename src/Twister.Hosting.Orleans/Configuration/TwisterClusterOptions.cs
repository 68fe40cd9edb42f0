namespace Twister.Hosting.Orleans.Configuration;

/// <summary>Settings of Twister on an Orleans cluster (<c>siloBuilder.Configure&lt;TwisterClusterOptions&gt;(...)</c>).</summary>
public sealed class TwisterClusterOptions
{
    /// <summary>
    /// The most channels one poll wakes (each silo polls the queue every <c>TaskPollInterval</c> for channels with
    /// a due task that nobody holds, and wakes their grains). Channels past it are woken by the next poll. Default 1000.
    /// </summary>
    public int MaxChannelsWokenPerPoll { get; set; } = 1000;
}
