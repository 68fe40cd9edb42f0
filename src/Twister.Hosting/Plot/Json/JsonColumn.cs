using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Twister.Hosting.Plot.Json;

/// <summary>Writes and reads the JSON text columns without reflection (NativeAOT-safe).</summary>
internal static class JsonColumn
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static T Read<T>(string json, Func<JsonElement, T> read)
    {
        using var document = JsonDocument.Parse(json);
        return read(document.RootElement);
    }

    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time) writer.WriteNumber(name, time.ToUnixTimeMilliseconds());
    }

    public static DateTimeOffset? Time(this JsonElement element, string name)
        => element.TryGetProperty(name, out var value) ? DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()) : null;

    public static string? String(this JsonElement element, string name)
        => element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
