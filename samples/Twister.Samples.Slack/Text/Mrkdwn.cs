namespace Twister.Samples.Slack.Text;

/// <summary>
/// Slack's message markup ("mrkdwn") in both directions: to Markdown for Plot notes, to text for titles and
/// previews, and from the Markdown of a Plot note to mrkdwn when a reply is written back. mrkdwn is not HTML:
/// converting it is the connector's job (Plot converts only HTML), and no HTML is stripped here.
/// </summary>
/// <remarks>
/// What is converted: <c>*bold*</c>, <c>_italic_</c>, <c>~strike~</c>, <c>`code`</c> and <c>```blocks```</c>
/// (whose text is left as it is), user mentions <c>&lt;@U1&gt;</c> (named from the directory when a name is
/// known), channel mentions <c>&lt;#C1|general&gt;</c>, <c>&lt;!here&gt;</c>/<c>&lt;!channel&gt;</c>/
/// <c>&lt;!everyone&gt;</c>, user groups <c>&lt;!subteam^S1|@team&gt;</c>, links <c>&lt;url|label&gt;</c>
/// and <c>&lt;url&gt;</c>, and the three entities Slack escapes (<c>&amp;amp;</c>, <c>&amp;lt;</c>,
/// <c>&amp;gt;</c>). A Markdown character that is text in Slack is escaped with a backslash.
/// </remarks>
public static class Mrkdwn
{
    /// <summary>Converts mrkdwn to Markdown.</summary>
    /// <param name="mrkdwn">The message text, as Slack gives it.</param>
    /// <param name="userNames">Display names by user id, for mentions; an unknown id is shown as the id.</param>
    public static string ToMarkdown(string mrkdwn, IReadOnlyDictionary<string, string>? userNames = null)
        => new MrkdwnRenderer(mrkdwn, userNames, markdown: true).Render();

    /// <summary>Converts mrkdwn to readable text without markup (for titles and previews).</summary>
    /// <param name="mrkdwn">The message text, as Slack gives it.</param>
    /// <param name="userNames">Display names by user id, for mentions.</param>
    public static string ToText(string mrkdwn, IReadOnlyDictionary<string, string>? userNames = null)
        => new MrkdwnRenderer(mrkdwn, userNames, markdown: false).Render();

    /// <summary>The ids of the users a message mentions (<c>&lt;@U1&gt;</c>), in order of first mention, outside code.</summary>
    /// <param name="mrkdwn">The message text.</param>
    public static IReadOnlyList<string> MentionedUsers(string mrkdwn) => MrkdwnRenderer.MentionedUsers(mrkdwn);

    /// <summary>Converts the Markdown of a Plot note to mrkdwn, to post it to Slack.</summary>
    /// <param name="markdown">The note's content.</param>
    public static string FromMarkdown(string markdown) => new MarkdownToMrkdwn(markdown).Convert();

    /// <summary>
    /// The first line of <paramref name="text"/>, cut at a word boundary to at most <paramref name="maxLength"/>
    /// characters (an ellipsis marks the cut).
    /// </summary>
    /// <param name="text">Text from <see cref="ToText"/>.</param>
    /// <param name="maxLength">The longest result.</param>
    public static string FirstLine(string text, int maxLength)
    {
        var line = text.AsSpan().Trim();
        var newline = line.IndexOf('\n');
        if (newline >= 0) line = line[..newline].TrimEnd();
        if (line.Length <= maxLength) return line.ToString();
        var cut = line[..(maxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return string.Concat((space > maxLength / 2 ? cut[..space] : cut).TrimEnd(), "…");
    }
}
