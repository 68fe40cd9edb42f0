using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Twister.Generated;

/// <summary>
/// Where a generated serializer writes one JSON value (<see cref="GeneratedSerializer{T}.WriteTo"/>): one
/// write path, two modes. <b>Composing</b>: the value is built in a per-thread buffer, from property names
/// encoded once at build time and values formatted exactly as <see cref="Utf8JsonWriter"/> formats them,
/// and handed to the writer in one <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>,
/// so the value does not pay the writer's per-token bookkeeping. <b>Direct</b>: every call goes to the
/// writer's own method. Support API for code emitted by Twister.Generators: not for direct use, and it
/// may change between versions.
/// </summary>
/// <remarks>
/// <para>
/// Guarantee: the bytes are exactly what the writer's own calls write. A value is composed only for a
/// writer that is not <see cref="JsonWriterOptions.Indented"/> and escapes with the default encoder
/// (<see cref="JsonWriterOptions.Encoder"/> <see langword="null"/> or <see cref="JavaScriptEncoder.Default"/>);
/// composition is <em>refused</em> by a string or dictionary key the writer would escape or reject (any
/// non-ASCII text, and the ASCII characters <see cref="JavaScriptEncoder.Default"/> itself encodes), a
/// non-finite number, or a container deeper than the writer's <see cref="JsonWriterOptions.MaxDepth"/>.
/// A refused value is written again in direct mode, where the writer escapes or throws as it always does.
/// Property and enum names are encoded once with the default encoder (<see cref="JsonPropertyName"/>,
/// <see cref="JsonEncodedText"/>), as System.Text.Json encodes them, so they are the same bytes in both
/// modes and under any encoder.
/// </para>
/// <para>
/// One instance per thread is reused; an exception thrown while writing (for example by a property
/// getter) only costs the next value a fresh instance.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonOutput
{
    // The writer rejects longer strings (JsonConstants.MaxCharacterTokenSize); leave them to it.
    private const int MaxStringLength = 166_666_666;
    private const int InitialCapacity = 1024;
    // Larger buffers go back to the pool instead of staying with the thread.
    private const int MaxRetainedCapacity = 64 * 1024;
    private const int DefaultMaxDepth = 1000;
    // 'O' format: yyyy-MM-ddTHH:mm:ss.fffffff (27), then nothing, 'Z' or an offset (+hh:mm).
    private const int RoundTripDateLength = 27;
    // Room for any formatted number, Guid or date (STJ reserves 128 for a double).
    private const int MaxFormattedLength = 128;

    /// <summary>
    /// The characters <see cref="JavaScriptEncoder.Default"/> leaves as they are: ASCII only (it escapes
    /// everything else), asked of it once per character; a vectorized search then replaces a virtual call per string.
    /// </summary>
    private static readonly SearchValues<char> LeftAsIs = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => JavaScriptEncoder.Default.FindFirstCharacterToEncodeUtf8([(byte)c]) < 0)]);

    [ThreadStatic]
    private static JsonOutput? t_cached;

    private byte[] _buffer;
    private int _length;
    private int _depth;
    private int _depthLimit;
    // Whether the next value or property name in the current container needs a ',' first.
    private bool _separated;
    private bool _refused;
    // Set in direct mode: every call goes to this writer.
    private Utf8JsonWriter? _writer;

    private JsonOutput() => _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/> with <paramref name="serializer"/>: composed when it can be, else directly.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="serializer">The value's serializer.</param>
    /// <param name="value">The value; <see langword="null"/> is written as <c>null</c>.</param>
    public static void Write<T>(Utf8JsonWriter writer, GeneratedSerializer<T> serializer, T value)
    {
        if (value is null) writer.WriteNullValue();
        else if (!TryCompose(writer, serializer, value)) WriteDirect(writer, serializer, value);
    }

    /// <summary>Composes <paramref name="value"/> and writes it, or returns <see langword="false"/> having written nothing.</summary>
    internal static bool TryCompose<T>(Utf8JsonWriter writer, GeneratedSerializer<T> serializer, T value)
    {
        var options = writer.Options;
        if (options.Indented || (options.Encoder is not null && !ReferenceEquals(options.Encoder, JavaScriptEncoder.Default))) return false;
        var output = Rent();
        output._depthLimit = (options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth) - writer.CurrentDepth;
        try
        {
            serializer.WriteTo(output, value);
        }
        catch (DepthLimitReached)
        {
            output._refused = true;
        }
        if (!output._refused)
        {
            // A complete value built from validated parts: the writer still checks that a value may be
            // written here (unless its SkipValidation is set) and adds the separator.
            writer.WriteRawValue(output._buffer.AsSpan(0, output._length), skipInputValidation: true);
        }
        output.Release();
        return !output._refused;
    }

    /// <summary>Writes <paramref name="value"/> through <paramref name="writer"/>'s own calls.</summary>
    internal static void WriteDirect<T>(Utf8JsonWriter writer, GeneratedSerializer<T> serializer, T value)
    {
        var output = Rent();
        output._writer = writer;
        serializer.WriteTo(output, value);
        output._writer = null;
        output.Release();
    }

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull()
    {
        if (_writer is { } writer) writer.WriteNullValue();
        else Raw(BeginValue(4), "null"u8);
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value)
    {
        if (_writer is { } writer) writer.WriteBooleanValue(value);
        else Raw(BeginValue(5), value ? "true"u8 : "false"u8);
    }

    /// <summary>Writes a string, or <c>null</c>.</summary>
    /// <param name="value">The string.</param>
    public void WriteString(string? value)
    {
        if (_writer is { } writer)
        {
            if (value is null) writer.WriteNullValue();
            else writer.WriteStringValue(value);
        }
        else if (value is null) Raw(BeginValue(4), "null"u8);
        else if (IsComposable(value)) Quoted(value, BeginValue(value.Length + 2));
    }

    /// <summary>Writes an already encoded string (an enum member name).</summary>
    /// <param name="value">The encoded string.</param>
    public void WriteString(JsonEncodedText value)
    {
        if (_writer is { } writer) writer.WriteStringValue(value);
        else Quoted(value.EncodedUtf8Bytes, BeginValue(value.EncodedUtf8Bytes.Length + 2));
    }

    /// <summary>Writes a <see cref="Guid"/> (<c>D</c> format).</summary>
    /// <param name="value">The value.</param>
    public void WriteString(Guid value)
    {
        if (_writer is { } writer) writer.WriteStringValue(value);
        else Quoted(value, BeginValue(MaxFormattedLength));
    }

    /// <summary>Writes a <see cref="DateTime"/> in round-trip form, fraction trimmed, as the writer does.</summary>
    /// <param name="value">The value.</param>
    public void WriteString(DateTime value)
    {
        if (_writer is { } writer) writer.WriteStringValue(value);
        else Quoted(value, BeginValue(MaxFormattedLength));
    }

    /// <summary>Writes a <see cref="DateTimeOffset"/> in round-trip form, fraction trimmed, as the writer does.</summary>
    /// <param name="value">The value.</param>
    public void WriteString(DateTimeOffset value)
    {
        if (_writer is { } writer) writer.WriteStringValue(value);
        else Quoted(value, BeginValue(MaxFormattedLength));
    }

    /// <summary>Writes a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(int value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(long value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(ulong value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(decimal value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a number; a non-finite one is refused (the writer then throws for it).</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(double value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else if (IsComposable(value)) Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a number; a non-finite one is refused (the writer then throws for it).</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(float value)
    {
        if (_writer is { } writer) writer.WriteNumberValue(value);
        else if (IsComposable(value)) Formatted(Utf8Formatter.TryFormat(value, BeginValue(MaxFormattedLength), out var written), written);
    }

    /// <summary>Starts an object.</summary>
    public void WriteStartObject()
    {
        if (_writer is { } writer) writer.WriteStartObject();
        else Start((byte)'{');
    }

    /// <summary>Ends an object.</summary>
    public void WriteEndObject()
    {
        if (_writer is { } writer) writer.WriteEndObject();
        else End((byte)'}');
    }

    /// <summary>Starts an array.</summary>
    public void WriteStartArray()
    {
        if (_writer is { } writer) writer.WriteStartArray();
        else Start((byte)'[');
    }

    /// <summary>Ends an array.</summary>
    public void WriteEndArray()
    {
        if (_writer is { } writer) writer.WriteEndArray();
        else End((byte)']');
    }

    /// <summary>Writes a member's property name; its value follows.</summary>
    /// <param name="name">The name.</param>
    public void WritePropertyName(JsonPropertyName name)
    {
        if (_writer is { } writer) writer.WritePropertyName(name.Encoded);
        else
        {
            BeginProperty(name, 0);
            _separated = false;
        }
    }

    /// <summary>Writes a property name that the writer encodes (a dictionary key); its value follows.</summary>
    /// <param name="name">The name.</param>
    public void WritePropertyName(string name)
    {
        if (_writer is { } writer) writer.WritePropertyName(name);
        else if (IsComposable(name))
        {
            var destination = BeginValue(name.Length + 3);
            Quoted(name, destination);
            destination[name.Length + 2] = (byte)':';
            _length++;
            _separated = false;
        }
    }

    /// <summary>Writes a property whose value is <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    public void WriteNull(JsonPropertyName name)
    {
        if (_writer is { } writer) writer.WriteNull(name.Encoded);
        else Raw(BeginProperty(name, 4), "null"u8);
    }

    /// <summary>Writes a property whose value is a string or <c>null</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteString(JsonPropertyName name, string? value)
    {
        if (_writer is { } writer)
        {
            if (value is null) writer.WriteNull(name.Encoded);
            else writer.WriteString(name.Encoded, value);
        }
        else if (value is null) Raw(BeginProperty(name, 4), "null"u8);
        else if (IsComposable(value)) Quoted(value, BeginProperty(name, value.Length + 2));
    }

    /// <summary>Writes a property whose value is a <see cref="Guid"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteString(JsonPropertyName name, Guid value)
    {
        if (_writer is { } writer) writer.WriteString(name.Encoded, value);
        else Quoted(value, BeginProperty(name, MaxFormattedLength));
    }

    /// <summary>Writes a property whose value is a <see cref="DateTime"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteString(JsonPropertyName name, DateTime value)
    {
        if (_writer is { } writer) writer.WriteString(name.Encoded, value);
        else Quoted(value, BeginProperty(name, MaxFormattedLength));
    }

    /// <summary>Writes a property whose value is a <see cref="DateTimeOffset"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteString(JsonPropertyName name, DateTimeOffset value)
    {
        if (_writer is { } writer) writer.WriteString(name.Encoded, value);
        else Quoted(value, BeginProperty(name, MaxFormattedLength));
    }

    /// <summary>Writes a property whose value is <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteBoolean(JsonPropertyName name, bool value)
    {
        if (_writer is { } writer) writer.WriteBoolean(name.Encoded, value);
        else Raw(BeginProperty(name, 5), value ? "true"u8 : "false"u8);
    }

    /// <summary>Writes a property whose value is a number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, int value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a property whose value is a number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, long value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a property whose value is a number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, ulong value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a property whose value is a number.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, decimal value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a property whose value is a number; a non-finite one is refused (the writer then throws for it).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, double value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else if (IsComposable(value)) Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    /// <summary>Writes a property whose value is a number; a non-finite one is refused (the writer then throws for it).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void WriteNumber(JsonPropertyName name, float value)
    {
        if (_writer is { } writer) writer.WriteNumber(name.Encoded, value);
        else if (IsComposable(value)) Formatted(Utf8Formatter.TryFormat(value, BeginProperty(name, MaxFormattedLength), out var written), written);
    }

    private static JsonOutput Rent()
    {
        var output = t_cached ?? new JsonOutput();
        t_cached = null;
        output._length = 0;
        output._depth = 0;
        output._separated = false;
        output._refused = false;
        return output;
    }

    private void Release()
    {
        if (_buffer.Length > MaxRetainedCapacity)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        }
        t_cached = this;
    }

    /// <summary>Appends the separator a value needs, and returns at least <paramref name="room"/> bytes for the value after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> BeginValue(int room)
    {
        var destination = Reserve(room + 1);
        if (!_separated)
        {
            _separated = true;
            return destination;
        }
        destination[0] = (byte)',';
        _length++;
        return destination.Slice(1);
    }

    /// <summary>Appends <c>"name":</c> (after a separator when one is needed), and returns at least <paramref name="room"/> bytes for the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> BeginProperty(JsonPropertyName name, int room)
    {
        var segment = _separated ? name.AfterValue : name.First;
        var destination = Reserve(segment.Length + room);
        segment.CopyTo(destination);
        _length += segment.Length;
        _separated = true;
        return destination.Slice(segment.Length);
    }

    private void Raw(Span<byte> destination, ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(destination);
        _length += utf8.Length;
    }

    /// <summary>Whether the string can be composed (the writer would neither escape nor reject it); otherwise refuses the value.</summary>
    private bool IsComposable(string value)
    {
        if (value.Length <= MaxStringLength && !value.AsSpan().ContainsAnyExcept(LeftAsIs)) return true;
        _refused = true;
        return false;
    }

    /// <summary>Whether the number can be composed (it is finite); otherwise refuses the value.</summary>
    private bool IsComposable(double value)
    {
        if (double.IsFinite(value)) return true;
        _refused = true;
        return false;
    }

    /// <summary>Appends a checked ASCII string, quoted, at <paramref name="destination"/>.</summary>
    private void Quoted(string value, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        Ascii.FromUtf16(value, destination.Slice(1), out var written);
        destination[written + 1] = (byte)'"';
        _length += written + 2;
    }

    private void Quoted(ReadOnlySpan<byte> encoded, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        encoded.CopyTo(destination.Slice(1));
        destination[encoded.Length + 1] = (byte)'"';
        _length += encoded.Length + 2;
    }

    private void Quoted(Guid value, Span<byte> destination)
        => Quoted(Utf8Formatter.TryFormat(value, destination.Slice(1), out var written), destination, written);

    private void Quoted(DateTime value, Span<byte> destination)
    {
        var formatted = Utf8Formatter.TryFormat(value, destination.Slice(1), out var written, new StandardFormat('O'));
        Quoted(formatted, destination, TrimFraction(destination.Slice(1, written)));
    }

    private void Quoted(DateTimeOffset value, Span<byte> destination)
    {
        var formatted = Utf8Formatter.TryFormat(value, destination.Slice(1), out var written, new StandardFormat('O'));
        Quoted(formatted, destination, TrimFraction(destination.Slice(1, written)));
    }

    /// <summary>
    /// Drops trailing zeros of the 7-digit fraction (and the '.' when all are zero), moving the
    /// zone suffix left, as <see cref="Utf8JsonWriter"/> writes dates.
    /// </summary>
    private static int TrimFraction(Span<byte> roundTrip)
    {
        var end = RoundTripDateLength;
        while (end > RoundTripDateLength - 7 && roundTrip[end - 1] == (byte)'0') end--;
        if (end == RoundTripDateLength) return roundTrip.Length;
        if (end == RoundTripDateLength - 7) end--; // no significant digit left: drop the '.'
        var zone = roundTrip.Slice(RoundTripDateLength);
        zone.CopyTo(roundTrip.Slice(end));
        return end + zone.Length;
    }

    private void Start(byte token)
    {
        // The writer refuses to open a container at its maximum depth: stop composing (even a cyclic
        // graph ends here) and let the direct write throw as it would.
        if (_depth >= _depthLimit) throw new DepthLimitReached();
        _depth++;
        BeginValue(1)[0] = token;
        _length++;
        _separated = false;
    }

    private void End(byte token)
    {
        _depth--;
        Append(token);
        _separated = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(byte token)
    {
        Reserve(1)[0] = token;
        _length++;
    }

    private void Formatted(bool formatted, int written)
    {
        if (!formatted) throw new InvalidOperationException("a formatted value exceeded its reserved space");
        _length += written;
    }

    private void Quoted(bool formatted, Span<byte> destination, int written)
    {
        if (!formatted) throw new InvalidOperationException("a formatted value exceeded its reserved space");
        destination[0] = (byte)'"';
        destination[written + 1] = (byte)'"';
        _length += written + 2;
    }

    /// <summary>The free space after the composed bytes, at least <paramref name="size"/> long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - _length < size) Grow(size);
        return _buffer.AsSpan(_length);
    }

    private void Grow(int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <summary>Ends a composition that reached the writer's depth limit; never escapes <see cref="TryCompose"/>.</summary>
    private sealed class DepthLimitReached : Exception;
}
