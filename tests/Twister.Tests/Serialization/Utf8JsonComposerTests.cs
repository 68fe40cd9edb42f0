using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Tests.Serialization;

/// <summary>
/// The composer against <see cref="Utf8JsonWriter"/> itself: for every value, either the composed
/// bytes are exactly what the writer writes, or the composer refuses it.
/// </summary>
public sealed class Utf8JsonComposerTests
{
    private delegate bool Compose(Utf8JsonComposer composer);

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

            var composed = TryCompose(composer => composer.WriteString(text), out var bytes);

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

        Assert.Equal(unescaped, TryCompose(composer => composer.WriteString(value), out var composed));
        if (unescaped) Assert.Equal(written, Encoding.UTF8.GetString(composed));

        Assert.Equal(unescaped, TryCompose(composer => composer.WritePropertyName(value), out var name));
        if (unescaped) Assert.Equal(written + ":", Encoding.UTF8.GetString(name));
    }

    [Fact]
    public void Integers_at_their_extremes_are_composed_as_written()
    {
        long[] longs = [0, 1, -1, 9, 10, -10, int.MinValue, int.MaxValue, long.MinValue, long.MaxValue, 9_007_199_254_740_993];
        foreach (var value in longs) AssertComposed(w => w.WriteNumberValue(value), c => { c.WriteNumber(value); return true; });
        foreach (var value in new[] { 0UL, 1UL, uint.MaxValue, ulong.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), c => { c.WriteNumber(value); return true; });
        foreach (var value in new[] { 0, -1, int.MinValue, int.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), c => { c.WriteNumber(value); return true; });
        foreach (var value in new[] { 0U, uint.MaxValue }) AssertComposed(w => w.WriteNumberValue(value), c => { c.WriteNumber(value); return true; });
    }

    [Fact]
    public void Doubles_and_floats_are_composed_as_written()
    {
        var random = new Random(20261124);
        double[] chosen = [0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3, 3.5, 1e15, 1e16, 1e17, 123456789012345680000.0, 1e-7, 5e-324, double.Epsilon, double.MaxValue, double.MinValue, Math.PI, 2.5e-300];
        var doubles = chosen.Concat(Enumerable.Range(0, 2000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64())).Where(double.IsFinite));
        foreach (var value in doubles) AssertComposed(w => w.WriteNumberValue(value), c => c.WriteNumber(value));

        float[] floats = [0f, -0f, 0.1f, 1f / 3, float.MaxValue, float.MinValue, float.Epsilon, 16777217f, 3.4e-38f];
        foreach (var value in floats.Concat(Enumerable.Range(0, 1000).Select(_ => BitConverter.Int32BitsToSingle(random.Next())).Where(float.IsFinite)))
            AssertComposed(w => w.WriteNumberValue(value), c => c.WriteNumber(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_numbers_are_refused_so_that_the_writer_rejects_them(double value)
    {
        Assert.False(TryCompose(c => c.WriteNumber(value), out _));
        Assert.False(TryCompose(c => c.WriteNumber((float)value), out _));
        Assert.Throws<ArgumentException>(() => Written(w => w.WriteNumberValue(value)));
    }

    [Fact]
    public void Decimals_are_composed_as_written()
    {
        decimal[] values = [0m, 0.0m, 1.10m, -1.5m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950335m, 1234567.8900m];
        foreach (var value in values) AssertComposed(w => w.WriteNumberValue(value), c => { c.WriteNumber(value); return true; });
    }

    [Fact]
    public void Guids_booleans_and_null_are_composed_as_written()
    {
        foreach (var value in new[] { Guid.Empty, Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Guid.NewGuid() })
            AssertComposed(w => w.WriteStringValue(value), c => { c.WriteGuid(value); return true; });
        AssertComposed(w => w.WriteBooleanValue(true), c => { c.WriteBoolean(true); return true; });
        AssertComposed(w => w.WriteBooleanValue(false), c => { c.WriteBoolean(false); return true; });
        AssertComposed(w => w.WriteNullValue(), c => { c.WriteNull(); return true; });
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
                AssertComposed(w => w.WriteStringValue(value), c => { c.WriteDateTime(value); return true; });
            }
            foreach (var minutes in new[] { 0, 60, -90, 330, 14 * 60, -14 * 60 })
            {
                var clock = new DateTime(tick);
                var offset = TimeSpan.FromMinutes(minutes);
                // An offset that moves the UTC instant outside DateTime's range is not a valid DateTimeOffset.
                if (clock.Ticks - offset.Ticks < DateTime.MinValue.Ticks || clock.Ticks - offset.Ticks > DateTime.MaxValue.Ticks) continue;
                var value = new DateTimeOffset(clock, offset);
                AssertComposed(w => w.WriteStringValue(value), c => { c.WriteDateTimeOffset(value); return true; });
            }
        }
    }

    [Fact]
    public void Containers_and_raw_segments_make_one_value_written_after_the_writers_separator()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(1);
            var composer = Utf8JsonComposer.Rent(writer)!;
            Assert.True(composer.StartObject());
            composer.WriteRaw("\"list\":"u8);
            Assert.True(composer.StartArray());
            composer.WriteNumber(2);
            composer.WriteComma();
            Assert.True(composer.WriteString("x"));
            composer.EndArray();
            composer.EndObject();
            composer.Commit(writer);
            writer.WriteNumberValue(3);
            writer.WriteEndArray();
        }

        Assert.Equal("""[1,{"list":[2,"x"]},3]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Containers_are_refused_where_the_writer_would_exceed_its_maximum_depth()
    {
        var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { MaxDepth = 3 });
        writer.WriteStartArray();

        var composer = Utf8JsonComposer.Rent(writer)!;
        Assert.True(composer.StartObject());
        Assert.True(composer.StartArray());
        Assert.False(composer.StartObject());
        composer.Abandon();

        writer.WriteStartObject();
        writer.WriteStartArray("a");
        Assert.Throws<InvalidOperationException>(() => writer.WriteStartObject());
    }

    [Fact]
    public void Large_values_grow_the_buffer_and_stay_exact()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => "item " + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        AssertComposed(
            w => { w.WriteStartArray(); foreach (var item in items) w.WriteStringValue(item); w.WriteEndArray(); },
            c =>
            {
                c.StartArray();
                for (var i = 0; i < items.Length; i++)
                {
                    if (i > 0) c.WriteComma();
                    if (!c.WriteString(items[i])) return false;
                }
                c.EndArray();
                return true;
            });
        // The thread's composer still works after returning its large buffer.
        AssertComposed(w => w.WriteNumberValue(5), c => { c.WriteNumber(5); return true; });
    }

    [Fact]
    public void Writers_whose_options_change_the_bytes_are_not_offered_a_composer()
    {
        Assert.Null(Utf8JsonComposer.Rent(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Indented = true })));
        Assert.Null(Utf8JsonComposer.Rent(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

        var plain = Utf8JsonComposer.Rent(new Utf8JsonWriter(Stream.Null));
        Assert.NotNull(plain);
        plain.Abandon();
        var explicitDefault = Utf8JsonComposer.Rent(new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, SkipValidation = true }));
        Assert.NotNull(explicitDefault);
        explicitDefault.Abandon();
    }

    private static void AssertComposed(Action<Utf8JsonWriter> write, Compose compose)
    {
        Assert.True(TryCompose(compose, out var composed), "the composer refused");
        Assert.Equal(Encoding.UTF8.GetString(Written(write)), Encoding.UTF8.GetString(composed));
    }

    private static bool TryCompose(Compose compose, out byte[] bytes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        var composer = Utf8JsonComposer.Rent(writer)!;
        if (!compose(composer))
        {
            composer.Abandon();
            bytes = [];
            return false;
        }
        composer.Commit(writer);
        writer.Flush();
        bytes = buffer.WrittenSpan.ToArray();
        return true;
    }

    private static byte[] Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
