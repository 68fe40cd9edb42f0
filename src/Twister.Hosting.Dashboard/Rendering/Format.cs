using System.Globalization;

namespace Twister.Hosting.Dashboard.Rendering;

/// <summary>How the pages write times and durations: UTC, invariant culture.</summary>
internal static class Format
{
    public static string Time(DateTimeOffset? time) => time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static string Duration(TimeSpan span) => span.TotalSeconds >= 1
        ? span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
