using System.Buffers;
using System.ComponentModel;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Generated;

/// <summary>
/// Writes the positional arguments of a callback (a UTF-8 JSON array, argument <em>i</em> = element
/// <em>i</em>) for the generated factories. The buffer and writer stay with the thread, so creating a
/// callback allocates only its argument bytes. Support API for code emitted by Twister.Generators: not
/// for direct use, and it may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CallbackArgumentWriter
{
    // Larger buffers are left to the garbage collector instead of staying with the thread.
    private const int MaxRetainedCapacity = 64 * 1024;

    [ThreadStatic]
    private static CallbackArgumentWriter? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    private CallbackArgumentWriter() => _writer = new Utf8JsonWriter(_buffer);

    /// <summary>Starts the arguments of one callback; end with <see cref="ToArray"/>.</summary>
    public static CallbackArgumentWriter Start()
    {
        var arguments = t_cached ?? new CallbackArgumentWriter();
        t_cached = null;
        arguments._buffer.ResetWrittenCount();
        arguments._writer.Reset(arguments._buffer);
        arguments._writer.WriteStartArray();
        return arguments;
    }

    /// <summary>Writes the next argument.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="serializer">The parameter type's serializer.</param>
    public void Write<T>(T? value, TwisterSerializer<T> serializer) => serializer.Write(_writer, value!);

    /// <summary>Ends the array and returns its bytes; the writer must not be used afterwards.</summary>
    public byte[] ToArray()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        var bytes = _buffer.WrittenSpan.ToArray();
        if (_buffer.Capacity <= MaxRetainedCapacity) t_cached = this;
        return bytes;
    }
}
