using System.Net;
using Microsoft.AspNetCore.Http;

namespace Twister.Hosting.Dashboard.Security;

/// <summary>What counts as loopback: for the address the server binds, the peer of a request, and the name a browser used.</summary>
internal static class Loopback
{
    /// <summary>Whether <paramref name="address"/> (an IP address or <c>localhost</c>) is a loopback address.</summary>
    public static bool IsLoopbackAddress(string? address)
        => string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The address to bind for <paramref name="address"/> (<c>localhost</c> binds 127.0.0.1).</summary>
    public static IPAddress Bind(string address)
        => string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(address);

    /// <summary>Whether the request came from this machine.</summary>
    public static bool IsLocalPeer(HttpContext context)
        => context.Connection.RemoteIpAddress is { } peer && IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer);

    /// <summary>
    /// Whether the browser asked for a loopback name (<c>localhost</c>, 127.x, <c>[::1]</c>): a page of another site whose
    /// name was rebound to 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
    /// </summary>
    public static bool IsLoopbackHost(HostString host)
    {
        if (!host.HasValue) return false;
        var name = host.Host.Trim('[', ']');
        return IsLoopbackAddress(name);
    }
}
