using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twister.Samples.Jira.Api;

/// <summary>
/// Jira's timestamps, <c>2025-03-03T09:05:00.000+0000</c>: an offset without a colon, which
/// System.Text.Json's ISO 8601 reader refuses.
/// </summary>
public sealed class JiraDateConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("A Jira timestamp is null.");
        return Parse(text) ?? throw new JsonException($"'{text}' is not a Jira timestamp (yyyy-MM-ddTHH:mm:ss.fff+hhmm).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text.Remove(text.Length - 3, 1)); // +01:00 -> +0100
    }

    /// <summary>Reads a Jira timestamp, with or without a colon in its offset.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or <see langword="null"/> when the text is not one.</returns>
    public static DateTimeOffset? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offsetWithoutColon = text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit);
        var iso = offsetWithoutColon ? text.Insert(text.Length - 2, ":") : text;
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }
}

/// <summary>An optional Jira timestamp (<c>resolutiondate</c>): <see cref="JiraDateConverter"/>, or JSON <c>null</c>.</summary>
public sealed class JiraNullableDateConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly JiraDateConverter Inner = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : Inner.Read(ref reader, typeof(DateTimeOffset), options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } time) Inner.Write(writer, time, options);
        else writer.WriteNullValue();
    }
}
