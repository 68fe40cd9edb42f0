using System.Globalization;
using Microsoft.AspNetCore.Http;
using Twister.Hosting.Dashboard.Rendering;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>One request to a page: the host to read, and where the dashboard's links start.</summary>
/// <param name="Http">The request.</param>
/// <param name="Host">The host whose data is shown.</param>
/// <param name="Dashboard">The dashboard (its form token).</param>
/// <param name="Options">Its settings.</param>
/// <param name="Prefix">The path the dashboard is mapped at (empty on its own server).</param>
internal sealed record DashboardRequest(HttpContext Http, TwisterHost Host, TwisterDashboard Dashboard, DashboardOptions Options, string Prefix)
{
    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>A link to a page of the dashboard.</summary>
    public string Link(string path) => Prefix + path;

    /// <summary>A route value, or empty.</summary>
    public string Route(string name) => Convert.ToString(Http.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? "";

    /// <summary>A form that POSTs to <paramref name="path"/> with the form token, as one button.</summary>
    public void Button(HtmlWriter html, string path, string label, string className)
        => html.Append($"""<form method="post" action="{Link(path)}"><input type="hidden" name="{Security.RequestGuard.TokenField}" value="{Dashboard.FormToken}"><button class="{className}" type="submit">{label}</button></form>""");
}
