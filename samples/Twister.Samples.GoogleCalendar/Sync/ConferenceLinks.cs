using System.Text.RegularExpressions;
using Twister.Samples.GoogleCalendar.Api;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>The conferencing services the connector recognises in an event.</summary>
public enum ConferenceProvider
{
    /// <summary>Google Meet.</summary>
    GoogleMeet,
    /// <summary>Zoom.</summary>
    Zoom,
    /// <summary>Microsoft Teams.</summary>
    MicrosoftTeams,
    /// <summary>Webex.</summary>
    Webex,
    /// <summary>A video entry point of another service.</summary>
    Other,
}

/// <summary>A link that joins an event's meeting.</summary>
/// <param name="Url">The join URL.</param>
/// <param name="Provider">The service it belongs to.</param>
public sealed record ConferenceLink(string Url, ConferenceProvider Provider)
{
    /// <summary>The action's label, for example <c>Join Google Meet</c>.</summary>
    public string Title => Provider switch
    {
        ConferenceProvider.GoogleMeet => "Join Google Meet",
        ConferenceProvider.Zoom => "Join Zoom",
        ConferenceProvider.MicrosoftTeams => "Join Microsoft Teams",
        ConferenceProvider.Webex => "Join Webex",
        _ => "Join meeting",
    };
}

/// <summary>
/// Finds the join links of an event, most reliable first: the conference's video entry points, then URLs of
/// known services in the location, then in the description, then the event's Meet link. One link per service:
/// invites often repeat a link in several places or forms. Dial-in pages (<c>dialin.*</c>), Teams' meeting
/// options page and Webex's <c>/msteams</c> gateway match a service's host but join nothing, so they are left out.
/// </summary>
public static partial class ConferenceLinks
{
    /// <summary>The join links of <paramref name="e"/>, one per service.</summary>
    /// <param name="e">The event.</param>
    public static IReadOnlyList<ConferenceLink> Of(GoogleEvent e)
    {
        var candidates = (e.ConferenceData?.EntryPoints ?? [])
            .Where(p => p.EntryPointType == "video" && p.Uri is not null)
            .Select(p => new ConferenceLink(p.Uri!, ProviderOf(p.Uri!) ?? ConferenceProvider.Other))
            .Concat(InText(e.Location))
            .Concat(InText(e.Description))
            .Concat(e.HangoutLink is null ? [] : [new ConferenceLink(e.HangoutLink, ConferenceProvider.GoogleMeet)]);
        var links = new List<ConferenceLink>();
        foreach (var link in candidates)
        {
            if (Joins(link.Url) && links.All(l => l.Provider != link.Provider)) links.Add(link);
        }
        return links;
    }

    private static IEnumerable<ConferenceLink> InText(string? text)
        => text is null
            ? []
            : UrlPattern().Matches(text).Select(m => ProviderOf(m.Value) is { } provider ? new ConferenceLink(m.Value, provider) : null).OfType<ConferenceLink>();

    private static ConferenceProvider? ProviderOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host;
        if (HostIs(host, "zoom.us")) return ConferenceProvider.Zoom;
        if (HostIs(host, "teams.microsoft.com") || HostIs(host, "teams.live.com")) return ConferenceProvider.MicrosoftTeams;
        if (HostIs(host, "webex.com")) return ConferenceProvider.Webex;
        if (HostIs(host, "meet.google.com")) return ConferenceProvider.GoogleMeet;
        return null;
    }

    private static bool HostIs(string host, string domain)
        => host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    private static bool Joins(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return false;
        var path = uri.AbsolutePath;
        return !uri.Host.StartsWith("dialin.", StringComparison.OrdinalIgnoreCase)
               && !path.StartsWith("/meetingOptions", StringComparison.OrdinalIgnoreCase)
               && !(HostIs(uri.Host, "webex.com") && path.StartsWith("/msteams", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("""https?://[^\s<>"{}|\\^`\[\]]+""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
