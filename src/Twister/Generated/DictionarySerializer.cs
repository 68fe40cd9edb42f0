using System.ComponentModel;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Serializes a dictionary with string keys as a JSON object, reading it back as a
/// <see cref="Dictionary{TKey, TValue}"/> with ordinal keys. Support API for code emitted by
/// Twister.Generators: not for direct use, and it may change between versions.
/// </summary>
/// <typeparam name="TDictionary">The declared type: <see cref="Dictionary{TKey, TValue}"/> or a dictionary interface it implements.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <param name="value">The value serializer.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DictionarySerializer<TDictionary, TValue>(GeneratedSerializer<TValue> value) : GeneratedSerializer<TDictionary>
{
    /// <inheritdoc/>
    public override void WriteTo(JsonOutput output, TDictionary dictionary)
    {
        output.WriteStartObject();
        if (dictionary is Dictionary<string, TValue> concrete)
        {
            foreach (var pair in concrete)
            {
                output.WritePropertyName(pair.Key);
                value.WriteValue(output, pair.Value);
            }
        }
        else
        {
            foreach (var pair in (IEnumerable<KeyValuePair<string, TValue>>)dictionary!)
            {
                output.WritePropertyName(pair.Key);
                value.WriteValue(output, pair.Value);
            }
        }
        output.WriteEndObject();
    }

    /// <inheritdoc/>
    public override TDictionary Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return default!;
        JsonValues.Expect(ref reader, JsonTokenType.StartObject, "a dictionary");
        var items = new Dictionary<string, TValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = JsonValues.ReadPropertyNameAndAdvance(ref reader);
            items[key] = value.Read(ref reader);
        }
        return (TDictionary)(object)items;
    }
}
