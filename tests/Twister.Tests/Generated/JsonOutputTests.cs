using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Twister.Generated;

namespace Twister.Tests.Generated;

/// <summary>
/// <see cref="JsonOutput"/> against <see cref="Utf8JsonWriter"/> itself: for every value, either the
/// composed bytes are exactly what the writer writes, or composition is refused (and nothing is written);
/// in direct mode every call writes what the writer's own call writes.
/// </summary>
public sealed class JsonOutputTests
{
    public static TheoryData<string> Strings => new()
    {
        "", "a", "plain ascii text 0123456789", "quote \" inside", "back\\slash", "<tag>", "a&b", "it's", "1+1", "`tick`",
        "tab\there", "line\nfeed", "cr\r", "\0", "\u001f", "\u007f", "héllo", "日本語", "emoji 😀", "\ud83d", "\ude00 lone low",
        "~!@#$%^*()_-=[]{}|;:,./?", new string('x', 5000),
    };

    [Fact]
    public void Every_UTF16_code_unit_is_composed_exactly_when_the_writer_writes_it_unescaped()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            var written = Written(w => w.WriteStringValue(text));
            var writtenAsIs = written.Length == 3 && written[1] == c;

            var composed = TryCompose(output => output.WriteString(text), out var bytes);

            Assert.True(composed == writtenAsIs, $"U+{c:X4}: composed {composed}, written {Encoding.UTF8.GetString(written)}");
            if (composed) Assert.Equal(written, bytes);
        }
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Strings_and_property_names_are_composed_exactly_when_the_writer_writes_them_unescaped(string value)
    {
        var written = Encoding.UTF8.GetString(Written(w => w.WriteStringValue(value)));
        var unescaped = written == "\"" + value + "\"";

        Assert.Equal(unescaped, TryCompose(output => output.WriteString(value), out var composed));
        Assert.Equal(unescaped ? written : "", Encoding.UTF8.GetString(composed));
        Assert.Equal(written, Encoding.UTF8.GetString(Direct(output => output.WriteString(value))));

        var property = Encoding.UTF8.GetString(Written(w => { w.WriteStartObject(); w.WritePropertyName(value); w.WriteNullValue(); w.WriteEndObject(); }));
        Assert.Equal(unescaped, TryCompose(output => { output.WriteStartObject(); output.WritePropertyName(value); output.WriteNull(); output.WriteEndObject(); }, out var name));
        if (unescaped) Assert.Equal(property, Encoding.UTF8.GetString(name));
    }

    [Fact]
    public void Integers_at_their_extremes_are_composed_as_written()
    {
        long[] longs = [0, 1, -1, 9, 10, -10, int.MinValue, int.MaxValue, long.MinValue, long.MaxValue, 9_007_199_254_740_993];
        foreach (var value in longs) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
        foreach (var value in new[] { 0UL, 1UL, uint.MaxValue, ulong.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
        foreach (var value in new[] { 0, -1, int.MinValue, int.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
        foreach (var value in new[] { 0U, uint.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
    }

    [Fact]
    public void Doubles_and_floats_are_composed_as_written()
    {
        var random = new Random(20261124);
        double[] chosen = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3, 3.5, 1e15, 1e16, 1e17, 123456789012345680000.0, 1e-7, 5e-324, double.Epsilon, double.MaxValue, double.MinValue, Math.PI, 2.5e-300];
        var doubles = chosen.Concat(Enumerable.Range(0, 2000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64())).Where(double.IsFinite));
        foreach (var value in doubles) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));

        float[] floats = [0f, -0f, 0.1f, 1f / 3, float.MaxValue, float.MinValue, float.Epsilon, 16777217f, 3.4e-38f];
        foreach (var value in floats.Concat(Enumerable.Range(0, 1000).Select(_ => BitConverter.Int32BitsToSingle(random.Next())).Where(float.IsFinite)))
            AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_refused_so_that_the_writer_rejects_them(double value)
    {
        Assert.False(TryCompose(o => o.WriteNumber(value), out _));
        Assert.False(TryCompose(o => o.WriteNumber((float)value), out _));
        Assert.Throws<ArgumentException>(() => Written(w => w.WriteNumberValue(value)));
        Assert.Throws<ArgumentException>(() => Direct(o => o.WriteNumber(value)));
    }

    [Fact]
    public void Decimals_are_composed_as_written()
    {
        decimal[] values = [0m, 0.0m, 1.10m, -1.5m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950335m, 1234567.8900m];
        foreach (var value in values) AssertComposed(w => w.WriteNumberValue(value), o => o.WriteNumber(value));
    }

    [Fact]
    public void Guids_booleans_and_null_are_composed_as_written()
    {
        foreach (var value in new[] { Guid.Empty, Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Guid.NewGuid() })
            AssertComposed(w => w.WriteStringValue(value), o => o.WriteString(value));
        AssertComposed(w => w.WriteBooleanValue(true), o => o.WriteBoolean(true));
        AssertComposed(w => w.WriteBooleanValue(false), o => o.WriteBoolean(false));
        AssertComposed(w => w.WriteNullValue(), o => o.WriteNull());
    }

    [Fact]
    public void Dates_of_every_kind_with_and_without_fractions_are_composed_as_written()
    {
        var random = new Random(7);
        long[] fractions = [0, 1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 1_234_567, 5_000_000, 9_999_999, 1_200_000];
        var baseTicks = new DateTime(2024, 2, 29, 13, 45, 7).Ticks;
        var ticks = fractions.Select(f => baseTicks + f)
            .Concat([DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks])
            .Concat(Enumerable.Range(0, 300).Select(_ => random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay)));
        foreach (var tick in ticks)
        {
            foreach (var kind in new[] { DateTimeKind.Utc, DateTimeKind.Local, DateTimeKind.Unspecified })
            {
                var value = new DateTime(tick, kind);
                AssertComposed(w => w.WriteStringValue(value), o => o.WriteString(value));
            }
            foreach (var minutes in new[] { 0, 60, -90, 330, 14 * 60, -14 * 60 })
            {
                var clock = new DateTime(tick);
                var offset = TimeSpan.FromMinutes(minutes);
                // An offset that moves the UTC instant outside DateTime's range is not a valid DateTimeOffset.
                if (clock.Ticks - offset.Ticks < DateTime.MinValue.Ticks || clock.Ticks - offset.Ticks > DateTime.MaxValue.Ticks) continue;
                var value = new DateTimeOffset(clock, offset);
                AssertComposed(w => w.WriteStringValue(value), o => o.WriteString(value));
            }
        }
    }

    [Fact]
    public void Properties_of_every_kind_are_written_as_the_writer_writes_them()
    {
        var name = new JsonPropertyName("p");
        var encoded = JsonEncodedText.Encode("p");
        var time = new DateTime(2024, 2, 29, 13, 45, 7, 120, DateTimeKind.Utc);
        var offset = new DateTimeOffset(time.Ticks, TimeSpan.FromHours(2));
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        AssertComposed(
            w =>
            {
                w.WriteStartObject();
                w.WriteString(encoded, "text"); w.WriteNull(encoded); w.WriteString(encoded, id); w.WriteString(encoded, time); w.WriteString(encoded, offset);
                w.WriteBoolean(encoded, true); w.WriteNumber(encoded, -5); w.WriteNumber(encoded, long.MinValue); w.WriteNumber(encoded, ulong.MaxValue);
                w.WriteNumber(encoded, 1.10m); w.WriteNumber(encoded, 0.1); w.WriteNumber(encoded, 0.1f);
                w.WritePropertyName(encoded); w.WriteStringValue(JsonEncodedText.Encode("Café"));
                w.WriteEndObject();
            },
            o =>
            {
                o.WriteStartObject();
                o.WriteString(name, "text"); o.WriteString(name, (string?)null); o.WriteString(name, id); o.WriteString(name, time); o.WriteString(name, offset);
                o.WriteBoolean(name, true); o.WriteNumber(name, -5); o.WriteNumber(name, long.MinValue); o.WriteNumber(name, ulong.MaxValue);
                o.WriteNumber(name, 1.10m); o.WriteNumber(name, 0.1); o.WriteNumber(name, 0.1f);
                Named.Instance.WriteProperty(o, name, "Café");
                o.WriteEndObject();
            });
    }

    [Fact]
    public void A_composed_value_is_written_after_the_writers_separator_with_its_own_separators()
    {
        var list = new JsonPropertyName("list");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(1);
            Assert.True(JsonOutput.TryCompose(writer, new Writes(o =>
            {
                o.WriteStartObject();
                o.WritePropertyName(list);
                o.WriteStartArray();
                o.WriteNumber(2);
                o.WriteString("x");
                o.WriteStartObject();
                o.WriteEndObject();
                o.WriteEndArray();
                o.WritePropertyName("key");
                o.WriteNull();
                o.WriteEndObject();
            }), 0));
            writer.WriteNumberValue(3);
            writer.WriteEndArray();
        }

        Assert.Equal("""[1,{"list":[2,"x",{}],"key":null},3]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Composition_is_refused_where_the_writer_would_exceed_its_maximum_depth_even_without_end()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = 3 });
        writer.WriteStartArray();

        Assert.True(JsonOutput.TryCompose(writer, new Writes(o => { o.WriteStartObject(); o.WritePropertyName("a"); o.WriteStartArray(); o.WriteEndArray(); o.WriteEndObject(); }), 0));
        // A value that opens containers without end (a cyclic graph) stops at the limit instead of overflowing the stack.
        Writes? endless = null;
        endless = new Writes(o => { o.WriteStartArray(); endless!.WriteTo(o, 0); });
        Assert.False(JsonOutput.TryCompose(writer, endless, 0));
        Assert.Throws<InvalidOperationException>(() => JsonOutput.Write(writer, endless, 0));
    }

    [Fact]
    public void A_refused_value_is_written_whole_through_the_writer()
    {
        var value = new Writes(o => { o.WriteStartArray(); o.WriteString("plain"); o.WriteString("héllo <b>"); o.WriteNumber(double.Epsilon); o.WriteEndArray(); });

        var twister = Written(w => JsonOutput.Write(w, value, 0));

        Assert.Equal(Written(w => { w.WriteStartArray(); w.WriteStringValue("plain"); w.WriteStringValue("héllo <b>"); w.WriteNumberValue(double.Epsilon); w.WriteEndArray(); }), twister);
        Assert.False(TryCompose(value.Calls, out var nothing));
        Assert.Empty(nothing);
    }

    [Fact]
    public void Large_values_grow_the_buffer_and_stay_exact()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => "item " + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        AssertComposed(
            w => { w.WriteStartArray(); foreach (var item in items) w.WriteStringValue(item); w.WriteEndArray(); },
            o => { o.WriteStartArray(); foreach (var item in items) o.WriteString(item); o.WriteEndArray(); });
        // The thread's output still works after returning its large buffer.
        AssertComposed(w => w.WriteNumberValue(5), o => o.WriteNumber(5));
    }

    [Fact]
    public void Writers_whose_options_change_the_bytes_are_not_composed_for()
    {
        var value = new Writes(o => o.WriteNumber(1));
        Assert.False(JsonOutput.TryCompose(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Indented = true }), value, 0));
        Assert.False(JsonOutput.TryCompose(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), value, 0));

        Assert.True(JsonOutput.TryCompose(new Utf8JsonWriter(Stream.Null), value, 0));
        Assert.True(JsonOutput.TryCompose(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, SkipValidation = true }), value, 0));
    }

    /// <summary>A serializer whose write is the given calls; it serializes an <see cref="int"/> it ignores.</summary>
    private sealed class Writes(Action<JsonOutput> write) : GeneratedSerializer<int>
    {
        public Action<JsonOutput> Calls => write;

        public override void WriteTo(JsonOutput output, int value) => write(output);

        public override int Read(ref Utf8JsonReader reader) => throw new NotSupportedException();
    }

    /// <summary>A string written as an already encoded name, as enum serializers write member names.</summary>
    private sealed class Named : GeneratedSerializer<string>
    {
        public static readonly Named Instance = new();

        public override void WriteTo(JsonOutput output, string value) => output.WriteString(JsonEncodedText.Encode(value));

        public override string Read(ref Utf8JsonReader reader) => throw new NotSupportedException();
    }

    private static void AssertComposed(Action<Utf8JsonWriter> write, Action<JsonOutput> compose)
    {
        var expected = Encoding.UTF8.GetString(Written(write));
        Assert.True(TryCompose(compose, out var composed), "composition was refused");
        Assert.Equal(expected, Encoding.UTF8.GetString(composed));
        Assert.Equal(expected, Encoding.UTF8.GetString(Direct(compose)));
    }

    private static bool TryCompose(Action<JsonOutput> compose, out byte[] bytes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        bool composed;
        using (var writer = new Utf8JsonWriter(buffer)) composed = JsonOutput.TryCompose(writer, new Writes(compose), 0);
        bytes = buffer.WrittenSpan.ToArray();
        return composed;
    }

    private static byte[] Direct(Action<JsonOutput> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) JsonOutput.WriteDirect(writer, new Writes(write), 0);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
