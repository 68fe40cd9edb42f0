using System.Text.Json;
using Twister.Serialization;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>
/// Reads persisted callback arguments positionally, as the generated dispatcher does: a missing
/// optional argument takes its default, extra trailing ones are ignored, and a missing required or
/// unreadable argument throws <see cref="CallbackArgumentException"/> with the key and index.
/// </summary>
internal sealed class CallbackArguments
{
    private readonly string _key;
    private readonly List<byte[]> _elements = [];

    public CallbackArguments(string key, ReadOnlyMemory<byte> json)
    {
        _key = key;
        using var document = JsonDocument.Parse(json);
        foreach (var element in document.RootElement.EnumerateArray()) _elements.Add(JsonSerializer.SerializeToUtf8Bytes(element));
    }

    public string String(int index) => ReadCore(index, BuiltInSerializers.String, optional: false, "");

    public int Int32(int index, int? defaultValue = null) => ReadCore(index, BuiltInSerializers.Int32, defaultValue.HasValue, defaultValue.GetValueOrDefault());

    public DateTimeOffset Time(int index) => ReadCore(index, BuiltInSerializers.DateTimeOffset, optional: false, default);

    private T ReadCore<T>(int index, TwisterSerializer<T> serializer, bool optional, T defaultValue)
    {
        if (index >= _elements.Count)
        {
            return optional ? defaultValue : throw new CallbackArgumentException(_key, index, "is missing and has no default value.");
        }
        var reader = new Utf8JsonReader(_elements[index]);
        reader.Read();
        try
        {
            return serializer.Read(ref reader);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new CallbackArgumentException(_key, index, $"cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes arguments as the generated factories do (a JSON array).</summary>
    public static ReadOnlyMemory<byte> Of(params object[] values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case string s: BuiltInSerializers.String.Write(writer, s); break;
                    case int i: BuiltInSerializers.Int32.Write(writer, i); break;
                    case DateTimeOffset t: BuiltInSerializers.DateTimeOffset.Write(writer, t); break;
                    default: throw new ArgumentException($"No test serializer for {value.GetType()}.");
                }
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenMemory;
    }
}
