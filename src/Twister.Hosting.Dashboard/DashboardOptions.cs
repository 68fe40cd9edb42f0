namespace Twister.Hosting.Dashboard;

/// <summary>
/// Settings of the local dashboard, bound from <c>Twister:Dashboard</c> when an <c>IConfiguration</c> is registered,
/// then adjusted by <c>AddDashboard(o => ...)</c>, and validated when the host starts.
/// </summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Twister:Dashboard";

    /// <summary>
    /// Where the dashboard's own server listens: <c>127.0.0.1</c> (the default), <c>::1</c> or <c>localhost</c>.
    /// The dashboard has no authentication, so any other address is refused when the host starts.
    /// </summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The port of the dashboard's own server; 0 (the default) takes a free one (see <see cref="TwisterDashboard.Address"/>).</summary>
    public int Port { get; set; }

    /// <summary>
    /// Whether the dashboard serves on its own loopback server (the default, for console hosts). Off, or when the
    /// app maps <c>MapTwisterDashboard()</c>, nothing listens for it.
    /// </summary>
    public bool RunServer { get; set; } = true;

    /// <summary>How many of the latest executions the executions page lists. Default 200.</summary>
    public int MaxExecutions { get; set; } = 200;
}
