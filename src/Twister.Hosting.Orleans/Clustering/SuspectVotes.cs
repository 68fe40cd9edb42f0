using System.Globalization;
using Orleans.Runtime;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>
/// Stores a membership entry's suspect votes as text: <c>silo|unixMs</c> pairs separated by <c>;</c> (a silo's
/// parsable address contains neither character).
/// </summary>
internal static class SuspectVotes
{
    public static string? Format(List<Tuple<SiloAddress, DateTime>>? votes)
        => votes is null or { Count: 0 }
            ? null
            : string.Join(';', votes.Select(v => $"{v.Item1.ToParsableString()}|{MembershipColumns.ToUnixMs(v.Item2).ToString(CultureInfo.InvariantCulture)}"));

    public static List<Tuple<SiloAddress, DateTime>>? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var votes = new List<Tuple<SiloAddress, DateTime>>();
        foreach (var vote in text.Split(';'))
        {
            var separator = vote.LastIndexOf('|');
            var at = long.Parse(vote.AsSpan(separator + 1), NumberStyles.Integer, CultureInfo.InvariantCulture);
            votes.Add(Tuple.Create(SiloAddress.FromParsableString(vote[..separator]), DateTimeOffset.FromUnixTimeMilliseconds(at).UtcDateTime));
        }
        return votes;
    }
}
