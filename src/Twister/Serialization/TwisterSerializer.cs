using System.Text.Json;

namespace Twister.Serialization;

/// <summary>
/// A reflection-free JSON serializer for one type. The source generator emits one for every callback
/// parameter type and stored state type of a connector; a host gets them from
/// <see cref="Runtime.ConnectorDescriptor.Serializers"/>.
/// </summary>
/// <typeparam name="T">The serialized type.</typeparam>
/// <remarks>
/// Like <c>JsonConverter&lt;T&gt;</c>: <see cref="Read"/> starts with the reader on the value's first
/// token and leaves it on the value's last token. Readers skip unknown object members and leave
/// missing ones at their defaults; a value of the wrong JSON kind throws <see cref="JsonException"/>.
/// </remarks>
public abstract class TwisterSerializer<T>
{
    /// <summary>Writes <paramref name="value"/> as one JSON value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>Reads one JSON value.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON does not represent a <typeparamref name="T"/>.</exception>
    public abstract T Read(ref Utf8JsonReader reader);
}
