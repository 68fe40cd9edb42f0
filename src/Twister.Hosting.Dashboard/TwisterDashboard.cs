using System.Security.Cryptography;

namespace Twister.Hosting.Dashboard;

/// <summary>The local dashboard added by <c>AddDashboard()</c> (a singleton): where it serves.</summary>
public sealed class TwisterDashboard
{
    internal TwisterDashboard() { }

    /// <summary>
    /// The dashboard's URL on its own loopback server, once the host has started it; <see langword="null"/> when the app
    /// serves it (<c>MapTwisterDashboard()</c>) or <c>RunServer</c> is off.
    /// </summary>
    public Uri? Address { get; internal set; }

    /// <summary>Whether an app serves the dashboard (<c>MapTwisterDashboard()</c>), so its own server does not start.</summary>
    internal bool Mounted { get; set; }

    /// <summary>
    /// The token every form of the dashboard carries and every POST must return: a page of another origin cannot read it,
    /// so it cannot forge a retry or a cancel. New for each process.
    /// </summary>
    internal string FormToken { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
