using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>
/// An event's description as a note. Google Calendar descriptions are HTML (rich editor) or plain text; HTML is
/// passed to Plot raw, with its content type, and converted there. The note's key carries a hash of the text, so
/// an edited description becomes a new note and the earlier one stays as history.
/// </summary>
public static partial class EventDescription
{
    /// <summary>The note of <paramref name="description"/>.</summary>
    /// <param name="description">The event's description, not empty.</param>
    /// <param name="author">Who wrote it (the organizer), if known.</param>
    public static NewNote Note(string description, NewActor? author) => new()
    {
        Key = KeyOf(description),
        Content = description,
        ContentType = IsHtml(description) ? ContentType.Html : ContentType.Text,
        Author = author,
    };

    /// <summary>The note key of <paramref name="description"/>: <c>description-</c> and the first 16 hex digits of its SHA-256.</summary>
    /// <param name="description">The description.</param>
    public static string KeyOf(string description)
        => "description-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)), 0, 8);

    /// <summary>
    /// Whether the text holds a real HTML tag (<c>&lt;p&gt;</c>, <c>&lt;a href=...&gt;</c>, <c>&lt;br/&gt;</c>). An angle-bracket
    /// autolink such as <c>&lt;https://...&gt;</c> or <c>&lt;tel:...&gt;</c>, common in plain-text invites, is not one.
    /// </summary>
    /// <param name="text">The description.</param>
    public static bool IsHtml(string text) => TagPattern().IsMatch(text);

    [GeneratedRegex(@"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
