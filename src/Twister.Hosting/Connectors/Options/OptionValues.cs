using System.Globalization;
using Twister.Runtime;

namespace Twister.Hosting.Connectors.Options;

/// <summary>
/// A connector's option values: checked against its manifest's declarations, resolved over the defaults.
/// Values are stored as invariant strings (<c>true</c>/<c>false</c>, <c>42</c>, <c>0.5</c>, text).
/// </summary>
internal static class OptionValues
{
    /// <summary>Every declared option's value: the stored one, else the default.</summary>
    public static IReadOnlyDictionary<string, string> Resolve(ConnectorManifest manifest, IReadOnlyDictionary<string, string> stored)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in manifest.Options) values[option.Key] = stored.GetValueOrDefault(option.Key) ?? option.DefaultValue;
        return values;
    }

    /// <summary>
    /// Checks <paramref name="values"/> (a user's changes) against the declarations and returns them
    /// normalized; every problem is named.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown key, or a value outside its declaration.</exception>
    public static IReadOnlyDictionary<string, string> Check(ConnectorManifest manifest, IReadOnlyDictionary<string, string?> values)
    {
        var problems = new List<string>();
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var option = manifest.Options.FirstOrDefault(o => o.Key == key);
            if (option is null)
            {
                problems.Add($"'{key}' is not an option of connector '{manifest.Name}' ({(manifest.Options.Count == 0 ? "it declares none" : "declared: " + string.Join(", ", manifest.Options.Select(o => o.Key)))})");
                continue;
            }
            if (Normalize(option, value, out var problem) is { } ok) normalized[key] = ok;
            else problems.Add($"option '{key}' ({option.Label}) {problem}");
        }
        if (problems.Count > 0) throw new ArgumentException($"The options of connector '{manifest.Name}' were not changed: {string.Join("; ", problems)}.", nameof(values));
        return normalized;
    }

    private static string? Normalize(ConnectorOptionManifest option, string? value, out string? problem)
    {
        problem = null;
        switch (option.Kind)
        {
            case OptionKind.Boolean when bool.TryParse(value, out var flag):
                return flag ? "true" : "false";
            case OptionKind.Boolean:
                problem = $"is a boolean; '{value}' is not true or false";
                return null;
            case OptionKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                if (number < (option.Min ?? double.NegativeInfinity) || number > (option.Max ?? double.PositiveInfinity))
                {
                    problem = $"must be between {option.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {option.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}; {value} is not";
                    return null;
                }
                return number.ToString(CultureInfo.InvariantCulture);
            case OptionKind.Number:
                problem = $"is a number; '{value}' is not one";
                return null;
            case OptionKind.Select when value is not null && option.Choices.Contains(value):
                return value;
            case OptionKind.Select:
                problem = $"must be one of {string.Join(", ", option.Choices)}; '{value}' is not";
                return null;
            case OptionKind.Secret when string.IsNullOrEmpty(value):
                problem = "is a secret and cannot be empty";
                return null;
            default:
                return value ?? "";
        }
    }
}
