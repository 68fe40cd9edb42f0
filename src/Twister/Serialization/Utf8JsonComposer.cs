using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Twister.Serialization;

/// <summary>
/// Composes one complete JSON value in a per-thread buffer, from property-name segments encoded
/// at build time and values formatted exactly as <see cref="Utf8JsonWriter"/> formats them, and
/// hands it to the writer in one <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>.
/// Generated serializers use it so that a value does not pay the writer's per-token bookkeeping
/// (validation, depth and separator state, buffer checks) for every member.
/// </summary>
/// <remarks>
/// <para>
/// Guarantee: a value composed here is byte-for-byte what the writer's own calls would have written,
/// or composition is refused and the caller writes through the writer instead. The composer is
/// only offered for writers that are not <see cref="JsonWriterOptions.Indented"/> and escape with
/// the default encoder (<see cref="JsonWriterOptions.Encoder"/> is <see langword="null"/> or
/// <see cref="JavaScriptEncoder.Default"/>). A write method returns <see langword="false"/> (refuse)
/// for a string the writer would escape or reject (any non-ASCII text, and ASCII that
/// <see cref="JavaScriptEncoder.Default"/> itself says it encodes, as the writer asks it), a
/// non-finite floating-point number, and a container that would exceed
/// the writer's <see cref="JsonWriterOptions.MaxDepth"/>. Dates are formatted in the round-trip
/// (<c>O</c>) format with the fraction trimmed, as the writer does.
/// </para>
/// <para>
/// One instance per thread is reused; an exception thrown while composing (for example by a
/// property getter) only costs the next call a fresh buffer.
/// </para>
/// </remarks>
public sealed class Utf8JsonComposer
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
    /// The ASCII bytes <see cref="JavaScriptEncoder.Default"/> leaves as they are, asked of it once per
    /// byte (it decides per character); a vectorized search then replaces a virtual call per string.
    /// </summary>
    private static readonly SearchValues<byte> AsciiLeftAsIs = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(b => (byte)b).Where(b => JavaScriptEncoder.Default.FindFirstCharacterToEncodeUtf8([b]) < 0)]);

    [ThreadStatic]
    private static Utf8JsonComposer? t_cached;

    private byte[] _buffer;
    private int _length;
    private int _depth;
    private int _depthLimit;

    private Utf8JsonComposer() => _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);

    /// <summary>
    /// Returns this thread's composer, ready for one value to be written to <paramref name="writer"/>,
    /// or <see langword="null"/> when the writer's options make composed bytes differ from its own
    /// (indentation, a custom encoder): then write through the writer.
    /// </summary>
    /// <param name="writer">The writer the value goes to.</param>
    /// <returns>The composer, which must end with <see cref="Commit"/> or <see cref="Abandon"/>.</returns>
    public static Utf8JsonComposer? Rent(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        if (options.Indented || (options.Encoder is not null && !ReferenceEquals(options.Encoder, JavaScriptEncoder.Default))) return null;
        var composer = t_cached ?? new Utf8JsonComposer();
        t_cached = null;
        composer._length = 0;
        composer._depth = 0;
        composer._depthLimit = (options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth) - writer.CurrentDepth;
        return composer;
    }

    /// <summary>Writes the composed value to <paramref name="writer"/> and releases the composer.</summary>
    /// <param name="writer">The writer given to <see cref="Rent"/>.</param>
    public void Commit(Utf8JsonWriter writer)
    {
        // The bytes are a complete value built from validated parts: the writer still checks that a
        // value may be written here (unless its SkipValidation is set) and adds the separator.
        writer.WriteRawValue(_buffer.AsSpan(0, _length), skipInputValidation: true);
        Release();
    }

    /// <summary>Drops what was composed and releases the composer (after a write method refused).</summary>
    public void Abandon() => Release();

    /// <summary>Appends UTF-8 bytes that are already valid JSON text, such as an encoded <c>,"name":</c>.</summary>
    /// <param name="utf8">The bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        _length += utf8.Length;
    }

    /// <summary>Appends <c>null</c>.</summary>
    public void WriteNull() => WriteRaw("null"u8);

    /// <summary>Appends <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public void WriteBoolean(bool value) => WriteRaw(value ? "true"u8 : "false"u8);

    /// <summary>Appends <c>,</c>.</summary>
    public void WriteComma() => Append((byte)',');

    /// <summary>Appends <c>{</c>, or refuses when the writer's maximum depth would be exceeded.</summary>
    /// <returns>Whether the object was started.</returns>
    public bool StartObject() => Start((byte)'{');

    /// <summary>Appends <c>}</c>.</summary>
    public void EndObject() => End((byte)'}');

    /// <summary>Appends <c>[</c>, or refuses when the writer's maximum depth would be exceeded.</summary>
    /// <returns>Whether the array was started.</returns>
    public bool StartArray() => Start((byte)'[');

    /// <summary>Appends <c>]</c>.</summary>
    public void EndArray() => End((byte)']');

    /// <summary>Appends a quoted string, or refuses when the writer would escape or reject it.</summary>
    /// <param name="value">The string.</param>
    /// <returns>Whether it was written.</returns>
    public bool WriteString(string value)
    {
        if (value.Length > MaxStringLength) return false;
        var destination = Reserve(value.Length + 2);
        // The default encoder escapes every non-ASCII character, so only ASCII text can be copied as is.
        if (Ascii.FromUtf16(value, destination.Slice(1), out var written) != OperationStatus.Done) return false;
        if (destination.Slice(1, written).ContainsAnyExcept(AsciiLeftAsIs)) return false;
        destination[0] = (byte)'"';
        destination[written + 1] = (byte)'"';
        _length += written + 2;
        return true;
    }

    /// <summary>Appends a quoted property name and <c>:</c>, or refuses when the writer would escape or reject it.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it was written.</returns>
    public bool WritePropertyName(string? name)
    {
        if (name is null || !WriteString(name)) return false;
        Append((byte)':');
        return true;
    }

    /// <summary>Appends a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(long value) => Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);

    /// <summary>Appends a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(ulong value) => Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);

    /// <summary>Appends a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(int value) => Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);

    /// <summary>Appends a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(uint value) => Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);

    /// <summary>Appends a number.</summary>
    /// <param name="value">The value.</param>
    public void WriteNumber(decimal value) => Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);

    /// <summary>Appends a number, or refuses a non-finite one (the writer throws for it).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it was written.</returns>
    public bool WriteNumber(double value)
    {
        if (!double.IsFinite(value)) return false;
        Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);
        return true;
    }

    /// <summary>Appends a number, or refuses a non-finite one (the writer throws for it).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it was written.</returns>
    public bool WriteNumber(float value)
    {
        if (!float.IsFinite(value)) return false;
        Formatted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength), out var written), written);
        return true;
    }

    /// <summary>Appends a quoted <see cref="Guid"/> (<c>D</c> format).</summary>
    /// <param name="value">The value.</param>
    public void WriteGuid(Guid value) => Quoted(Utf8Formatter.TryFormat(value, Reserve(MaxFormattedLength).Slice(1), out var written), written);

    /// <summary>Appends a quoted <see cref="DateTime"/> as the writer does: round-trip format, fraction trimmed.</summary>
    /// <param name="value">The value.</param>
    public void WriteDateTime(DateTime value)
    {
        var destination = Reserve(MaxFormattedLength);
        var formatted = Utf8Formatter.TryFormat(value, destination.Slice(1), out var written, new StandardFormat('O'));
        Quoted(formatted, TrimFraction(destination.Slice(1, written)));
    }

    /// <summary>Appends a quoted <see cref="DateTimeOffset"/> as the writer does: round-trip format, fraction trimmed.</summary>
    /// <param name="value">The value.</param>
    public void WriteDateTimeOffset(DateTimeOffset value)
    {
        var destination = Reserve(MaxFormattedLength);
        var formatted = Utf8Formatter.TryFormat(value, destination.Slice(1), out var written, new StandardFormat('O'));
        Quoted(formatted, TrimFraction(destination.Slice(1, written)));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Start(byte token)
    {
        // The writer refuses to open a container at its maximum depth; refusing here lets it throw as it would.
        if (_depth >= _depthLimit) return false;
        _depth++;
        Append(token);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void End(byte token)
    {
        _depth--;
        Append(token);
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

    private void Quoted(bool formatted, int written)
    {
        if (!formatted) throw new InvalidOperationException("a formatted value exceeded its reserved space");
        _buffer[_length] = (byte)'"';
        _buffer[_length + written + 1] = (byte)'"';
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

    private void Release()
    {
        if (_buffer.Length > MaxRetainedCapacity)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        }
        t_cached = this;
    }
}
