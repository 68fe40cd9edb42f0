using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes <see cref="Nullable{T}"/>: <c>null</c>, or the value as <typeparamref name="T"/>'s serializer
/// writes it. Support API for code emitted by Twister.Generators: not for direct use, and it may change
/// between versions.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="value">The value serializer.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class NullableSerializer<T>(GeneratedSerializer<T> value) : GeneratedSerializer<T?>
    where T : struct
{
    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, T? nullable)
    {
        if (nullable is { } present) value.WriteTo(output, present);
        else output.WriteNull();
    }

    /// <inheritdoc/>
    public override T? Read(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : value.Read(ref reader);
}
