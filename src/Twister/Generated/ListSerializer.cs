using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes a list or a read-only list, collection or enumerable interface of <typeparamref name="TElement"/>
/// as a JSON array, reading it back as a <see cref="List{T}"/>. Support API for code emitted by
/// Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
/// <typeparam name="TList">The declared type: <see cref="List{T}"/> or an interface it implements.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
/// <param name="element">The element serializer.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ListSerializer<TList, TElement>(GeneratedSerializer<TElement> element) : GeneratedSerializer<TList>
{
    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, TList value) => Sequence.Write(output, value!, element);

    /// <inheritdoc/>
    public override TList Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return default!;
        JsonValues.Expect(ref reader, JsonTokenType.StartArray, "a list");
        var items = new List<TElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(element.Read(ref reader));
        return (TList)(object)items;
    }
}
