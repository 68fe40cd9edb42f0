using System.ComponentModel;
using System.Globalization;
using Twister.Runtime;

namespace Twister.Generated;

/// <summary>
/// Reads a connector's option values (invariant strings by key, as a host stores them) as the types of its
/// options class, for the generated <c>OptionsFrom</c>. A missing key takes the option's declared default; a
/// value that cannot be read throws <see cref="OptionValueException"/> naming the key.
/// Support API for code emitted by Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OptionValues
{
    /// <summary>A boolean option: <c>true</c> or <c>false</c>, in any case.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static bool Boolean(IReadOnlyDictionary<string, string> values, string key, bool defaultValue)
    {
        if (Find(values, key) is not { } value) return defaultValue;
        return bool.TryParse(value, out var result) ? result : throw new OptionValueException(key, value, "true or false");
    }

    /// <summary>A number option of type <see cref="int"/>: a whole number in the invariant culture.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static int Int32(IReadOnlyDictionary<string, string> values, string key, int defaultValue)
    {
        if (Find(values, key) is not { } value) return defaultValue;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new OptionValueException(key, value, $"a whole number from {int.MinValue} to {int.MaxValue}");
    }

    /// <summary>A number option of type <see cref="long"/>: a whole number in the invariant culture.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static long Int64(IReadOnlyDictionary<string, string> values, string key, long defaultValue)
    {
        if (Find(values, key) is not { } value) return defaultValue;
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new OptionValueException(key, value, $"a whole number from {long.MinValue} to {long.MaxValue}");
    }

    /// <summary>A number option of type <see cref="double"/>, in the invariant culture.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static double Double(IReadOnlyDictionary<string, string> values, string key, double defaultValue)
    {
        if (Find(values, key) is not { } value) return defaultValue;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new OptionValueException(key, value, "a number (invariant culture, '.' as the decimal separator)");
    }

    /// <summary>A number option of type <see cref="decimal"/>, in the invariant culture.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static decimal Decimal(IReadOnlyDictionary<string, string> values, string key, decimal defaultValue)
    {
        if (Find(values, key) is not { } value) return defaultValue;
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new OptionValueException(key, value, "a decimal number (invariant culture, '.' as the decimal separator)");
    }

    /// <summary>A text, select or secret option of type <see cref="string"/>: the value as is.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static string Text(IReadOnlyDictionary<string, string> values, string key, string defaultValue)
        => Find(values, key) ?? defaultValue;

    /// <summary>A text, select or secret option of type <c>string?</c>: the value as is, an empty value as <see langword="null"/>.</summary>
    /// <param name="values">The values by key.</param>
    /// <param name="key">The option's key.</param>
    /// <param name="defaultValue">The declared default, for a missing key.</param>
    public static string? NullableText(IReadOnlyDictionary<string, string> values, string key, string? defaultValue)
        => Find(values, key) is { } value ? (value.Length == 0 ? null : value) : defaultValue;

    private static string? Find(IReadOnlyDictionary<string, string> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var value) ? value : null;
    }
}
