using System.Globalization;
using System.Text.RegularExpressions;

namespace Twister.Hosting.Plot.Ingest;

/// <summary>
/// Checks an RFC 5545 recurrence rule (RRULE) part by part: <c>FREQ</c> required; the other parts known,
/// each at most once and in range; <c>UNTIL</c> and <c>COUNT</c> not both. No recurrence library is served
/// here, and Plot only stores and hands back the rule, so checking it is all the host needs.
/// </summary>
internal static partial class RecurrenceRule
{
    private static readonly string[] Frequencies = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The rule without its optional <c>RRULE:</c> prefix, or <see langword="null"/> with the problem.</summary>
    public static string? Normalize(string rule, out string? problem)
    {
        var body = rule.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase) ? rule[6..] : rule;
        problem = Check(body);
        return problem is null ? body : null;
    }

    private static string? Check(string body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in body.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) return $"has '{part}', which is not NAME=VALUE.";
            var (name, value) = (part[..equals].ToUpperInvariant(), part[(equals + 1)..].ToUpperInvariant());
            if (!seen.Add(name)) return $"names {name} twice.";
            var problem = name switch
            {
                "FREQ" => Frequencies.Contains(value) ? null : $"FREQ={value} is not one of {string.Join(", ", Frequencies)}.",
                "UNTIL" => UntilPattern().IsMatch(value) ? null : $"UNTIL={value} is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS[Z]).",
                "COUNT" or "INTERVAL" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? null : $"{name}={value} is not a positive integer.",
                "BYSECOND" => Numbers(name, value, 0, 60, signed: false),
                "BYMINUTE" => Numbers(name, value, 0, 59, signed: false),
                "BYHOUR" => Numbers(name, value, 0, 23, signed: false),
                "BYMONTHDAY" => Numbers(name, value, 1, 31, signed: true),
                "BYYEARDAY" or "BYSETPOS" => Numbers(name, value, 1, 366, signed: true),
                "BYWEEKNO" => Numbers(name, value, 1, 53, signed: true),
                "BYMONTH" => Numbers(name, value, 1, 12, signed: false),
                "BYDAY" => value.Split(',').All(d => ByDayPattern().IsMatch(d)) ? null : $"BYDAY={value} is not a list of weekdays (MO..SU, optionally with an ordinal such as 1MO or -1FR).",
                "WKST" => Weekdays.Contains(value) ? null : $"WKST={value} is not a weekday (MO..SU).",
                _ => $"has an unknown part {name}.",
            };
            if (problem is not null) return problem;
        }
        if (!seen.Contains("FREQ")) return "has no FREQ.";
        if (seen.Contains("UNTIL") && seen.Contains("COUNT")) return "has both UNTIL and COUNT.";
        return null;
    }

    private static string? Numbers(string name, string value, int min, int max, bool signed)
    {
        foreach (var item in value.Split(','))
        {
            var text = signed && item.Length > 0 && item[0] is '+' or '-' ? item[1..] : item;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
                return $"{name}={value} has '{item}', outside {(signed ? "±" : "")}{min}..{max}.";
        }
        return null;
    }

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$")]
    private static partial Regex UntilPattern();

    [GeneratedRegex(@"^[+-]?([1-9]|[1-4]\d|5[0-3])?(MO|TU|WE|TH|FR|SA|SU)$")]
    private static partial Regex ByDayPattern();
}
