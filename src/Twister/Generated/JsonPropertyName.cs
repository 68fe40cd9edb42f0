using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// A property name as generated serializers write it: encoded once with the default encoder, as
/// System.Text.Json encodes member names (so a writer's own encoder does not change it), and kept as the
/// composed bytes <c>"name":</c> and <c>,"name":</c>. Support API for code emitted by Twister.Generators:
/// not for direct use, and it may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertyName
{
    /// <summary>Encodes <paramref name="name"/>.</summary>
    /// <param name="name">The JSON property name, unescaped.</param>
    public JsonPropertyName(string name)
    {
        Encoded = JsonEncodedText.Encode(name);
        ReadOnlySpan<byte> encoded = Encoded.EncodedUtf8Bytes;
        First = [(byte)'"', .. encoded, (byte)'"', (byte)':'];
        AfterValue = [(byte)',', .. First];
    }

    /// <summary>The name for the writer's own calls.</summary>
    internal JsonEncodedText Encoded { get; }

    /// <summary><c>"name":</c>, for the first property of an object.</summary>
    internal byte[] First { get; }

    /// <summary><c>,"name":</c>, for a property after another.</summary>
    internal byte[] AfterValue { get; }
}
