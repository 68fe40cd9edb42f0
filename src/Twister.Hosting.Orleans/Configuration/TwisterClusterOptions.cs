namespace Twister.Hosting.Orleans.Configuration;

/// <summary>Settings of Twister on an Orleans cluster (<c>siloBuilder.Configure&lt;TwisterClusterOptions&gt;(...)</c>).</summary>
public sealed class TwisterClusterOptions
{
    /// <summary>
    /// The public base address webhook URLs are built on: where the cluster's webhook endpoint is reached from
    /// outside (a load balancer in front of the silos, for example <c>https://hooks.example.com/</c>). Every silo
    /// serves the endpoint, so any silo behind it may take a delivery. Unset, URLs point at
    /// <c>http://localhost/</c>, which connectors treat as local and do not register with the external service.
    /// </summary>
    public Uri? WebhookBaseAddress { get; set; }

    /// <summary>
    /// The most channels one poll wakes (each silo polls the queue every <c>TaskPollInterval</c> for channels with
    /// a due task that nobody holds, and wakes their grains). Channels past it are woken by the next poll. Default 1000.
    /// </summary>
    public int MaxChannelsWokenPerPoll { get; set; } = 1000;
}
