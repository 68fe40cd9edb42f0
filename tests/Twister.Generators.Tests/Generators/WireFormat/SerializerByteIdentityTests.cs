using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Twister.Generated;
using Twister.Serialization;

namespace Twister.Generators.Tests.Generators.WireFormat;

/// <summary>
/// The generated serializers write exactly System.Text.Json's bytes (camelCase, enums by name, as in
/// the benchmark) for many values of every kind, whether <c>JsonOutput</c> composes the value or, for
/// writer options and values it refuses, writes it through the writer.
/// </summary>
public sealed class SerializerByteIdentityTests
{
    private const string Source = TestSources.Usings + """
        using Twister.Generators.Tests.Generators.WireFormat;

        namespace Sample.Wire;

        [Connector("wire")]
        public sealed partial class WireConnector : Connector<WireConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private async Task Values(WireValues value, CancellationToken ct) => await Store.SetAsync("values", value, ct);

            [Callback]
            private Task Span(WireWithSpan value, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private Task Accented(WireAccented value, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    internal static readonly Lazy<CompiledConnector> Connector = new(() => CompiledConnector.Build(Source, "Sample.Wire.WireConnector", typeof(WireValues).Assembly));

    private static readonly Lazy<ISerializerProvider> Serializers = new(() => Connector.Value.Descriptor.Serializers);

    internal static readonly JsonSerializerOptions StjOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 4096,
    };

    private static readonly string[] PlainStrings = ["", "a", "cursor-00042", "Sync stalls after 1000 issues", "~!@#$%^*()_-=[]{}|;:,./?", new string('x', 3000)];

    private static readonly string[] EscapedStrings =
    [
        "quote \" inside", "back\\slash", "<script>", "a&b", "it's", "1+1", "`", "tab\t", "line\nfeed\r", "\0\u001f\u007f",
        "héllo", "naïve café", "日本語", "emoji 😀", "\ud83d lone high", "lone low \ude00",
    ];

    public static TheoryData<string> WriterOptions => [.. Options.Keys];

    internal static readonly Dictionary<string, JsonWriterOptions> Options = new(StringComparer.Ordinal)
    {
        ["default"] = default,
        ["indented"] = new() { Indented = true },
        ["relaxed encoder"] = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        ["explicit default encoder"] = new() { Encoder = JavaScriptEncoder.Default },
        ["skip validation"] = new() { SkipValidation = true },
    };

    [Theory]
    [MemberData(nameof(WriterOptions))]
    public void Every_value_is_written_as_System_Text_Json_writes_it(string options)
    {
        var serializer = Serializers.Value.GetSerializer<WireValues>()!;

        foreach (var value in AllValues()) AssertSameAsStj(serializer, value, Options[options]);
    }

    [Theory]
    [MemberData(nameof(WriterOptions))]
    public void Values_written_one_after_another_in_an_array_get_the_same_separators(string options)
    {
        var serializer = Serializers.Value.GetSerializer<WireValues>()!;
        var values = AllValues().Take(6).ToList();

        var twister = Written(Options[options], w => { w.WriteStartArray(); foreach (var v in values) serializer.Write(w, v); w.WriteEndArray(); });
        var stj = Written(Options[options], w => { w.WriteStartArray(); foreach (var v in values) JsonSerializer.Serialize(w, v, StjOptions); w.WriteEndArray(); });

        Assert.Equal(stj, twister);
    }

    [Fact]
    public void Plain_values_are_composed_and_values_with_strings_to_escape_are_refused_to_the_writer()
    {
        var serializer = (GeneratedSerializer<WireValues>)Serializers.Value.GetSerializer<WireValues>()!;

        foreach (var text in PlainStrings.Concat(EscapedStrings))
        {
            // Sample 0's other strings need no escaping once its '&' in the URI and its Cyrillic key are replaced.
            var value = Sample(0) with { Text = text, Link = new Uri("https://example.com/a?b=c"), ByName = new Dictionary<string, WireLeaf> { ["home"] = new("Elm", 9) } };
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
                Assert.Equal(PlainStrings.Contains(text), JsonOutput.TryCompose(writer, serializer, value));

            // A refused value leaves nothing behind: the writer path then writes it whole.
            Assert.Equal(PlainStrings.Contains(text) ? Stj(value, default) : "", Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void Members_formatted_as_text_are_composed_and_match()
    {
        var serializer = (GeneratedSerializer<WireWithSpan>)Serializers.Value.GetSerializer<WireWithSpan>()!;
        var value = new WireWithSpan("n", new TimeSpan(1, 2, 3, 4, 5), new WireLeaf("leaf", 3));

        Assert.Equal(Stj(value, default), Written(default, w => Assert.True(JsonOutput.TryCompose(w, serializer, value))));
        foreach (var (name, options) in Options)
            AssertSameAsStj(serializer, value with { Name = "n" + name }, options);
    }

    [Fact]
    public void Names_the_default_encoder_escapes_are_composed_from_their_encoded_form_and_match()
    {
        var accented = (GeneratedSerializer<WireAccented>)Serializers.Value.GetSerializer<WireAccented>()!;
        var value = new WireAccented("n", 3, WireAccent.Café);

        Assert.Equal(Stj(value, default), Written(default, w => Assert.True(JsonOutput.TryCompose(w, accented, value))));
        foreach (var (_, options) in Options)
        {
            AssertSameAsStj(accented, value, options);
            AssertSameAsStj(accented, new WireAccented("n", -3, WireAccent.Plain), options);
        }
    }

    [Fact]
    public void Every_value_reads_back_and_writes_the_same_bytes_again()
    {
        var serializer = Serializers.Value.GetSerializer<WireValues>()!;

        foreach (var value in AllValues())
        {
            var written = Written(default, w => serializer.Write(w, value));
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(written));
            reader.Read();
            var read = serializer.Read(ref reader);

            Assert.Equal(written, Written(default, w => serializer.Write(w, read)));
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_number_fails_as_the_writer_fails(double value)
    {
        var serializer = Serializers.Value.GetSerializer<WireValues>()!;

        AssertSameAsStj(serializer, Sample(1) with { D = value }, default);
        AssertSameAsStj(serializer, Sample(2) with { F = (float)value }, default);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 40)]
    [InlineData(0, 500)]
    [InlineData(0, 501)]
    [InlineData(0, 700)]
    [InlineData(8, 4)]
    [InlineData(8, 5)]
    [InlineData(9, 4)]
    [InlineData(9, 5)]
    public void Deep_nesting_fails_exactly_where_the_writer_path_fails(int maxDepth, int levels)
    {
        var serializer = (GeneratedSerializer<WireValues>)Serializers.Value.GetSerializer<WireValues>()!;
        WireTree? tree = null;
        for (var i = levels; i > 0; i--) tree = new WireTree("level" + i.ToString(CultureInfo.InvariantCulture), tree is null ? null : [tree]);
        var value = Sample(3) with { Root = tree };
        var options = new JsonWriterOptions { MaxDepth = maxDepth };

        var twister = Outcome(() => Written(options, w => serializer.Write(w, value)));
        var writerPath = Outcome(() => Written(options, w => JsonOutput.WriteDirect(w, serializer, value)));

        Assert.Equal(writerPath, twister);
        // Level n's object opens at depth 2n-1 (below the record and n-1 arrays of children); the writer
        // throws when it opens a container at its maximum depth (0 means the default, 1000).
        var tooDeep = 2 * levels - 1 >= (maxDepth == 0 ? 1000 : maxDepth);
        if (tooDeep) Assert.Equal("throws InvalidOperationException", twister);
        else Assert.Equal(Stj(value, options), twister);
    }

    /// <summary>Values that go through each kind's interesting cases: every list is cycled until the longest is used up.</summary>
    private static IEnumerable<WireValues> AllValues()
    {
        var count = 48;
        for (var i = 0; i < count; i++) yield return Sample(i);
    }

    internal static WireValues Sample(int i)
    {
        string?[] texts = [.. PlainStrings, .. EscapedStrings, null];
        long[] longs = [0, 1, -1, long.MinValue, long.MaxValue, 9_007_199_254_740_993, int.MinValue];
        ulong[] ulongs = [0, 1, ulong.MaxValue, uint.MaxValue + 1UL];
        double[] doubles = [0.0, -0.0, 3.5, 0.1, 1.0 / 3, 1e300, -2.5e-300, double.MaxValue, double.Epsilon, 1e16, 123456.789, 5e-324];
        float[] floats = [0f, -0f, 0.1f, float.MaxValue, float.Epsilon, 1f / 3, 16777217f];
        decimal[] decimals = [0m, 1.10m, -0.001m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 42m];
        DateTime[] times =
        [
            new(2024, 2, 29, 13, 45, 0, DateTimeKind.Utc), new(2024, 2, 29, 13, 45, 0, DateTimeKind.Local), new(2024, 2, 29, 13, 45, 0, DateTimeKind.Unspecified),
            new(2024, 2, 29, 13, 45, 0, 123, DateTimeKind.Utc), new DateTime(638_000_000_000_000_001, DateTimeKind.Local), new DateTime(638_000_000_000_100_000, DateTimeKind.Unspecified),
            DateTime.MinValue, DateTime.MaxValue, new DateTime(DateTime.MaxValue.Ticks, DateTimeKind.Utc),
        ];
        DateTimeOffset[] offsets =
        [
            new(2026, 11, 24, 1, 30, 0, TimeSpan.Zero), new(2026, 11, 24, 1, 30, 0, TimeSpan.FromHours(2)), new(2026, 11, 24, 1, 30, 0, TimeSpan.FromMinutes(-570)),
            new(2026, 11, 24, 1, 30, 0, 500, TimeSpan.FromHours(14)), new(638_000_000_000_000_010, TimeSpan.FromHours(-14)), DateTimeOffset.MinValue, DateTimeOffset.MaxValue,
        ];
        Uri?[] uris = [new("https://example.com/a?b=c&d=e"), new("relative/path", UriKind.Relative), new("https://exämple.com/ü"), null];
        WireLevel[] levels = [WireLevel.Low, WireLevel.Medium, WireLevel.High, (WireLevel)42];
        var text = texts[i % texts.Length];
        return new WireValues(
            text, i % 2 == 0, (byte)(i * 37), (sbyte)(-i * 11), (short)(i % 3 == 0 ? short.MinValue : i * 1000), (ushort)(i % 3 == 0 ? ushort.MaxValue : i),
            i % 4 == 0 ? int.MaxValue : i % 4 == 1 ? int.MinValue : -i, i % 2 == 0 ? uint.MaxValue : (uint)i, longs[i % longs.Length], ulongs[i % ulongs.Length],
            floats[i % floats.Length], doubles[i % doubles.Length], decimals[i % decimals.Length],
            i % 5 == 0 ? Guid.Empty : new Guid(i, (short)i, (short)-i, 1, 2, 3, 4, 5, 6, 7, (byte)i),
            times[i % times.Length], offsets[i % offsets.Length], uris[i % uris.Length], levels[i % levels.Length],
            i % 3 == 0 ? null : i * -7, i % 3 == 1 ? null : levels[(i + 1) % levels.Length],
            new WirePoint { X = i, Y = doubles[(i + 3) % doubles.Length] }, i % 2 == 0 ? null : new WirePoint { X = -i, Y = 0.5 },
            i % 6 == 0 ? null : [.. Enumerable.Range(0, i % 5).Select(n => n * (i - 20))],
            i % 7 == 0 ? null : [texts[(i + 1) % texts.Length]!, texts[(i + 2) % texts.Length]!],
            i % 4 == 0 ? [] : [new WireLeaf(texts[(i + 3) % texts.Length], i), null!, new WireLeaf(null, -i)],
            i % 5 == 0 ? null : [longs[(i + 1) % longs.Length], 7],
            i % 3 == 0 ? null : new Dictionary<string, string> { ["team"] = "ENG", [texts[(i + 4) % texts.Length] ?? "k"] = texts[(i + 5) % texts.Length]!, ["none"] = null! },
            i % 4 == 1 ? null : new Dictionary<string, WireLeaf> { ["home"] = new("Elm", 9), ["ключ"] = new("x", 1) },
            i % 2 == 0 ? null : new WireTree("root", [new WireTree("leaf", null), new WireTree(texts[(i + 6) % texts.Length] ?? "n", [])]));
    }

    internal static void AssertSameAsStj<T>(TwisterSerializer<T> serializer, T value, JsonWriterOptions options)
    {
        var stj = Outcome(() => Stj(value, options));
        var twister = Outcome(() => Written(options, w => serializer.Write(w, value)));

        Assert.Equal(stj, twister);
    }

    /// <summary>The JSON written, or the type of the exception thrown.</summary>
    private static string Outcome(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or JsonException or System.Reflection.TargetInvocationException)
        {
            var thrown = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
            return "throws " + thrown.GetType().Name;
        }
    }

    internal static string Stj<T>(T value, JsonWriterOptions options) => Written(options, w => JsonSerializer.Serialize(w, value, StjOptions));

    internal static string Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
