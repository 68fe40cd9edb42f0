namespace Twister;

/// <summary>
/// Declares one option of a connector, on a property of its options class (see
/// <see cref="ConnectorAttribute.Options"/>). The property's type decides the kind: <see langword="bool"/> a
/// boolean, a number type a number, <see langword="string"/> a text (a select with <see cref="Choices"/>, a
/// secret with <see cref="Secret"/>). Its initializer is the default.
/// </summary>
/// <param name="label">The label shown to the user.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class OptionAttribute(string label) : Attribute
{
    /// <summary>The label shown to the user.</summary>
    public string Label { get; } = label;

    /// <summary>A longer explanation shown under the label.</summary>
    public string? Description { get; set; }

    /// <summary>The option's stable key; the property's name in camelCase by default.</summary>
    public string? Key { get; set; }

    /// <summary>For a select: the values the user chooses from.</summary>
    public string[] Choices { get; set; } = [];

    /// <summary>For a number: the smallest value allowed.</summary>
    public double Min { get; set; } = double.NegativeInfinity;

    /// <summary>For a number: the largest value allowed.</summary>
    public double Max { get; set; } = double.PositiveInfinity;

    /// <summary>For a text: a secret (an API key): stored apart, never shown back, always required.</summary>
    public bool Secret { get; set; }
}
