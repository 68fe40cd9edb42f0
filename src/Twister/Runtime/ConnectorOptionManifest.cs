namespace Twister.Runtime;

/// <summary>The kind of a connector option.</summary>
public enum OptionKind
{
    /// <summary>Free text.</summary>
    Text = 0,
    /// <summary>One of a list of values.</summary>
    Select,
    /// <summary>A number, within bounds.</summary>
    Number,
    /// <summary>On or off.</summary>
    Boolean,
    /// <summary>A secret text (an API key): never shown back, always required.</summary>
    Secret,
}

/// <summary>One option of a connector, as its generated manifest declares it.</summary>
/// <param name="Key">The stable key values are stored under.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Kind">The kind.</param>
/// <param name="DefaultValue">The default, in the invariant form values are stored in (<c>true</c>, <c>42</c>, text).</param>
public sealed record ConnectorOptionManifest(string Key, string Label, OptionKind Kind, string DefaultValue)
{
    /// <summary>A longer explanation.</summary>
    public string? Description { get; init; }

    /// <summary>For a select: the allowed values.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For a number: the smallest allowed value.</summary>
    public double? Min { get; init; }

    /// <summary>For a number: the largest allowed value.</summary>
    public double? Max { get; init; }
}
