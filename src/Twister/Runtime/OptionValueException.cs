namespace Twister.Runtime;

/// <summary>
/// A stored option value cannot be read as its option's type (for example <c>"ten"</c> for a number).
/// A host validates values against the manifest before it stores them, so this points at values
/// written by hand or by another version.
/// </summary>
public sealed class OptionValueException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The option's key.</param>
    /// <param name="value">The value that cannot be read.</param>
    /// <param name="expected">What the option takes, phrased to follow "is not" (for example <c>"true or false"</c>).</param>
    /// <param name="innerException">The cause, if any.</param>
    public OptionValueException(string key, string value, string expected, Exception? innerException = null)
        : base($"Option '{key}' has the value '{value}', which is not {expected}.", innerException)
    {
        Key = key;
    }

    /// <summary>The option's key.</summary>
    public string Key { get; }
}
