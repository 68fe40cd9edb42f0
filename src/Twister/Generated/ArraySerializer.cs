using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes a one-dimensional array of <typeparamref name="TElement"/> as a JSON array. Support API
/// for code emitted by Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
/// <typeparam name="TArray">The declared array type (<c>TElement[]</c>, with the element's nullable annotation as written).</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
/// <param name="element">The element serializer.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArraySerializer<TArray, TElement>(GeneratedSerializer<TElement> element) : GeneratedSerializer<TArray>
{
    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, TArray value) => Sequence.Write(output, value!, element);

    /// <inheritdoc/>
    public override TArray Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return default!;
        JsonValues.Expect(ref reader, JsonTokenType.StartArray, "an array");
        var items = new List<TElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(element.Read(ref reader));
        return (TArray)(object)items.ToArray();
    }
}
