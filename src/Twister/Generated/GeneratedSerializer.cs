using System.ComponentModel;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Generated;

/// <summary>
/// The base of every serializer generated code uses, generated or built in: one write method over a
/// <see cref="JsonOutput"/> (which composes the value or writes it directly) and one read method.
/// Support API for code emitted by Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
/// <typeparam name="T">The serialized type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GeneratedSerializer<T> : TwisterSerializer<T>
{
    /// <summary>Writes <paramref name="value"/>, which is not <see langword="null"/>, as one JSON value.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The value.</param>
    public abstract void WriteTo(JsonOutput output, T value);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value) => JsonOutput.Write(writer, this, value);

    /// <summary>Writes <paramref name="value"/>, or <c>null</c>, as one JSON value.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The value.</param>
    public void WriteValue(JsonOutput output, T? value)
    {
        if (value is null) output.WriteNull();
        else WriteTo(output, value);
    }

    /// <summary>Writes a property whose value is <paramref name="value"/>, or <c>null</c>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value.</param>
    public void WriteProperty(JsonOutput output, JsonPropertyName name, T? value)
    {
        output.WritePropertyName(name);
        WriteValue(output, value);
    }
}
