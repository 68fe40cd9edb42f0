using System.Text.RegularExpressions;

namespace Twister.Samples.Broken;

/// <summary>Helpers outside the connector class: still reachable from its code.</summary>
internal static class ActivityMapper
{
    public static NewActivity ToActivity(Issue issue, string channelId) => new()
    {
        Source = $"linear:issue:{issue.Id}",
        Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId },
        Notes = [new NewNote { Content = HtmlText.Strip(issue.DescriptionHtml) }],
    };
}

/// <summary>TWIST3001: a hand-written tag stripper, reached from the connector through the mapper.</summary>
internal static class HtmlText
{
    public static string Strip(string html) => Regex.Replace(html, "<[^>]+>", string.Empty);
}
