using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Twister.Hosting.Dashboard.Security;

/// <summary>
/// The dashboard's only protection, since it has no authentication: a request must come from this machine to a
/// loopback name, and a POST must be same-origin and carry the dashboard's form token.
/// </summary>
internal static class RequestGuard
{
    /// <summary>The form field that carries <see cref="TwisterDashboard.FormToken"/>.</summary>
    public const string TokenField = "token";

    /// <summary>Why a request is refused, or <see langword="null"/> when it may be served.</summary>
    public static string? RefusalOf(HttpContext context)
    {
        if (!Loopback.IsLocalPeer(context))
            return $"The Twister dashboard answers requests from this machine only (it has no authentication); this one came from {context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address"}.";
        if (!Loopback.IsLoopbackHost(context.Request.Host))
            return $"The Twister dashboard answers on loopback names only (localhost, 127.0.0.1, [::1]); this request asked for '{context.Request.Host}'.";
        return null;
    }

    /// <summary>Why a POST is refused (cross-origin, or without the form token), or <see langword="null"/>.</summary>
    public static async Task<string?> RefusalOfPostAsync(HttpContext context, TwisterDashboard dashboard)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
            return $"Refused a cross-origin request from '{origin}'.";
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return $"Refused a request a browser marked '{site}' (Sec-Fetch-Site).";
        if (!request.HasFormContentType) return "Refused a request without the dashboard's form token.";
        var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var sent = Encoding.ASCII.GetBytes(form[TokenField].ToString());
        var expected = Encoding.ASCII.GetBytes(dashboard.FormToken);
        return CryptographicOperations.FixedTimeEquals(sent, expected) ? null : "Refused a request without the dashboard's form token (reload the page and try again).";
    }
}
