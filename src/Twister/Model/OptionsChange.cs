namespace Twister;

/// <summary>A user changed a connector's options: the values before and after, both complete (defaults included).</summary>
/// <param name="Previous">The values before, by option key.</param>
/// <param name="Current">The values now, by option key.</param>
public sealed record OptionsChange(IReadOnlyDictionary<string, string> Previous, IReadOnlyDictionary<string, string> Current)
{
    /// <summary>Whether the option <paramref name="key"/> changed.</summary>
    /// <param name="key">The option's key.</param>
    public bool Changed(string key)
        => !string.Equals(Previous.GetValueOrDefault(key), Current.GetValueOrDefault(key), StringComparison.Ordinal);
}
