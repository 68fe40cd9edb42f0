using System.Globalization;

namespace Twister.Samples.GoogleCalendar.Sync;

/// <summary>
/// A recurring master's <c>recurrence</c> lines (RFC 5545): the <c>RRULE</c> without its prefix, the
/// <c>EXDATE</c> instants (occurrences the rule places but the series skips) and the <c>RDATE</c> instants
/// (occurrences added to the rule's).
/// </summary>
/// <param name="Rule">The rule, for example <c>FREQ=WEEKLY;BYDAY=MO</c>; <see langword="null"/> without an <c>RRULE</c> line.</param>
/// <param name="ExceptionDates">The skipped occurrences' starts.</param>
/// <param name="ExtraDates">The added occurrences' starts.</param>
public sealed record RecurrenceLines(string? Rule, IReadOnlyList<DateTimeOffset> ExceptionDates, IReadOnlyList<DateTimeOffset> ExtraDates)
{
    private static readonly string[] DateTimeFormats = ["yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmm"];

    /// <summary>Reads <paramref name="lines"/>.</summary>
    /// <param name="lines">The event's <c>recurrence</c> lines, if any.</param>
    /// <param name="timeZone">The event's time zone, for date-times written without one (floating times).</param>
    /// <exception cref="FormatException">A date in an <c>EXDATE</c> or <c>RDATE</c> line cannot be read; the message quotes the line.</exception>
    public static RecurrenceLines Parse(IReadOnlyList<string>? lines, string? timeZone)
    {
        string? rule = null;
        var exceptions = new List<DateTimeOffset>();
        var extras = new List<DateTimeOffset>();
        foreach (var line in lines ?? [])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            var (head, value) = (line[..colon], line[(colon + 1)..]);
            var parameters = head.Split(';');
            switch (parameters[0].ToUpperInvariant())
            {
                case "RRULE":
                    rule = value;
                    break;
                case "EXDATE":
                    exceptions.AddRange(Dates(line, parameters, value, timeZone));
                    break;
                case "RDATE":
                    extras.AddRange(Dates(line, parameters, value, timeZone));
                    break;
            }
        }
        return new RecurrenceLines(rule, exceptions, extras);
    }

    /// <summary>The dates of an <c>EXDATE</c>/<c>RDATE</c> value: UTC (<c>Z</c>), in its <c>TZID</c> or the event's zone, or days (midnight UTC).</summary>
    private static IEnumerable<DateTimeOffset> Dates(string line, string[] parameters, string value, string? timeZone)
    {
        var zoneId = parameters.Skip(1).FirstOrDefault(p => p.StartsWith("TZID=", StringComparison.OrdinalIgnoreCase))?[5..] ?? timeZone;
        foreach (var text in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                continue;
            }
            var utc = text.EndsWith('Z');
            if (!DateTime.TryParseExact(utc ? text[..^1] : text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                throw new FormatException($"Cannot read the date '{text}' in the recurrence line '{line}'.");
            if (utc || zoneId is null)
            {
                yield return new DateTimeOffset(local, TimeSpan.Zero);
                continue;
            }
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
                throw new FormatException($"Unknown time zone '{zoneId}' in the recurrence line '{line}'.");
            yield return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
    }
}
