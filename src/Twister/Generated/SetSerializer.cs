using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes a set of <typeparamref name="TElement"/> as a JSON array, reading it back as a
/// <see cref="HashSet{T}"/>. Support API for code emitted by Twister.Generators: not for direct use,
/// and it may change between versions.
/// </summary>
/// <typeparam name="TSet">The declared type: <see cref="HashSet{T}"/> or a set interface it implements.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
/// <param name="element">The element serializer.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SetSerializer<TSet, TElement>(GeneratedSerializer<TElement> element) : GeneratedSerializer<TSet>
{
    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, TSet value) => Sequence.Write(output, value!, element);

    /// <inheritdoc/>
    public override TSet Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return default!;
        JsonValues.Expect(ref reader, JsonTokenType.StartArray, "a set");
        var items = new HashSet<TElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(element.Read(ref reader));
        return (TSet)(object)items;
    }
}
