using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twister.Generated;
using Twister.Generators.Tests.Generators.WireFormat;
using Twister.Serialization;

namespace Twister.Generators.Tests.Generators.NullableElements;

/// <summary>
/// Generated serializers of nullable element types, executed: null elements are written as
/// System.Text.Json writes them (composed and through the writer), read back as nulls, and carried
/// through callback factories and the dispatcher; null read into a non-nullable element stays null, as before.
/// </summary>
public sealed class NullableElementRoundTripTests
{
    private const string Source = TestSources.Usings + """
        using Twister.Generators.Tests.Generators.NullableElements;

        namespace Sample.NullableWire;

        [Connector("nullable-wire")]
        public sealed partial class NullableWireConnector : Connector<NullableWireConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private async Task EchoRecord(NullableElementRecord value, CancellationToken ct) => await Store.SetAsync("record", value, ct);

            [Callback]
            private async Task EchoClass(NullableElementClass value, CancellationToken ct) => await Store.SetAsync("class", value, ct);

            [Callback]
            private async Task Parameters(List<string?> names, string?[] labels, Dictionary<string, NullableComment?> comments, IReadOnlyList<int?> scores, CancellationToken ct)
            {
                await Store.SetAsync("names", names, ct);
                await Store.SetAsync("labels", labels, ct);
                await Store.SetAsync("comments", comments, ct);
                await Store.SetAsync("scores", scores, ct);
            }

            [Callback]
            private async Task NonNullable(List<NullableComment> comments, Dictionary<string, string> fields, CancellationToken ct)
            {
                await Store.SetAsync("plain-comments", comments, ct);
                await Store.SetAsync("plain-fields", fields, ct);
            }
        }
        """;

    private static readonly Lazy<CompiledConnector> Connector = new(
        () => CompiledConnector.Build(Source, "Sample.NullableWire.NullableWireConnector", typeof(NullableElementRecord).Assembly));

    private static readonly string?[] Texts = ["", "a", "quote \" inside", "héllo", null];

    // None needs escaping, so the composer accepts every string.
    private static readonly string?[] PlainTexts = ["", "a", "b", null];

    public static TheoryData<string> WriterOptions => [.. SerializerByteIdentityTests.Options.Keys];

    [Theory]
    [MemberData(nameof(WriterOptions))]
    public void Null_elements_are_written_as_System_Text_Json_writes_them(string options)
    {
        var records = Connector.Value.Descriptor.Serializers.GetSerializer<NullableElementRecord>()!;
        var classes = Connector.Value.Descriptor.Serializers.GetSerializer<NullableElementClass>()!;

        for (var i = 0; i < 10; i++)
        {
            SerializerByteIdentityTests.AssertSameAsStj(records, Record(i), SerializerByteIdentityTests.Options[options]);
            SerializerByteIdentityTests.AssertSameAsStj(classes, Class(i), SerializerByteIdentityTests.Options[options]);
        }
    }

    [Fact]
    public void A_value_with_null_elements_and_plain_strings_takes_the_composed_path()
    {
        var serializer = Connector.Value.Descriptor.Serializers.GetSerializer<NullableElementRecord>()!;
        var value = Record(1, PlainTexts);
        var buffer = new ArrayBufferWriter<byte>();

        using (var writer = new Utf8JsonWriter(buffer))
            Assert.True(JsonOutput.TryCompose(writer, (GeneratedSerializer<NullableElementRecord>)serializer, value));

        Assert.Equal(SerializerByteIdentityTests.Stj(value, default), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Null_elements_read_back_as_nulls()
    {
        var records = Connector.Value.Descriptor.Serializers.GetSerializer<NullableElementRecord>()!;
        var classes = Connector.Value.Descriptor.Serializers.GetSerializer<NullableElementClass>()!;

        for (var i = 0; i < 10; i++)
        {
            AssertReadsBack(records, Record(i));
            AssertReadsBack(classes, Class(i));
        }
        var read = Read(records, SerializerByteIdentityTests.Stj(Record(0), default));
        Assert.Null(read.Names[1]);
        Assert.Null(read.Labels[0]);
        Assert.Equal([null], read.Rows[2]);
        Assert.Contains(null, read.Ids);
        Assert.Null(read.Comments["gone"]);
        Assert.Equal([1, null, 0], read.Scores);
        Assert.Equal([NullableMood.Busy, null, (NullableMood)7], read.Moods);
        Assert.Null(read.Nested["none"]);
    }

    [Fact]
    public async Task Callback_arguments_with_null_elements_round_trip_through_the_factory_and_the_dispatcher()
    {
        var connector = Connector.Value;
        var callback = (Callback)connector.CreateCallback(
            "Parameters",
            new List<string?> { "a", null },
            new string?[] { null, "b" },
            new Dictionary<string, NullableComment?> { ["kept"] = new("body", null), ["gone"] = null },
            new List<int?> { null, 3 });

        Assert.Equal(
            """[["a",null],[null,"b"],{"kept":{"body":"body","author":null},"gone":null},[null,3]]""",
            Encoding.UTF8.GetString(callback.Arguments.Span));

        var runtime = connector.NewRuntime();
        await runtime.InvokeAsync(callback.Key, callback.Arguments);

        Assert.Equal("""["a",null]""", runtime.Json("names"));
        Assert.Equal("""[null,"b"]""", runtime.Json("labels"));
        Assert.Equal("""{"kept":{"body":"body","author":null},"gone":null}""", runtime.Json("comments"));
        Assert.Equal("[null,3]", runtime.Json("scores"));
    }

    [Fact]
    public async Task Stored_state_with_null_elements_round_trips()
    {
        var runtime = Connector.Value.NewRuntime();
        var json = SerializerByteIdentityTests.Stj(Record(2), default);

        await runtime.InvokeAsync("EchoRecord", $"[{json}]");

        Assert.Equal(json, runtime.Json("record"));
    }

    [Fact]
    public async Task Null_read_into_a_non_nullable_element_stays_null_as_before()
    {
        var runtime = Connector.Value.NewRuntime();

        await runtime.InvokeAsync("NonNullable", """[[null,{"body":"b","author":null}],{"k":null}]""");

        Assert.Equal("""[null,{"body":"b","author":null}]""", runtime.Json("plain-comments"));
        Assert.Equal("""{"k":null}""", runtime.Json("plain-fields"));
    }

    private static void AssertReadsBack<T>(TwisterSerializer<T> serializer, T value)
    {
        var json = SerializerByteIdentityTests.Stj(value, default);
        var read = Read(serializer, json);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(SerializerByteIdentityTests.Stj(read, default))), json);
    }

    private static T Read<T>(TwisterSerializer<T> serializer, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return serializer.Read(ref reader);
    }

    private static string? Text(int i) => Texts[i % Texts.Length];

    private static NullableElementRecord Record(int i) => Record(i, Texts);

    private static NullableElementRecord Record(int i, string?[] texts)
    {
        string? Pick(int k) => texts[k % texts.Length];
        return new(
            Names: [Pick(i), null, Pick(i + 1)],
            Labels: [null, Pick(i + 2)],
            Ids: [null, new Guid(i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)],
            Fields: new() { ["a"] = Pick(i + 3), ["none"] = null },
            Comments: new() { ["c"] = new NullableComment(Pick(i) ?? "", Pick(i + 1)), ["gone"] = null },
            Rows: [[Pick(i), null], [], [null]],
            Scores: [1, null, -i],
            Thread: i % 3 == 0 ? null : [null, new NullableComment("x", null)],
            Moods: [NullableMood.Busy, null, (NullableMood)7],
            Nested: new Dictionary<string, List<NullableComment?>?> { ["n"] = [null, new NullableComment("y", Pick(i + 4))], ["none"] = null },
            Tags: new HashSet<string?> { Pick(i + 4), "t" },
            Links: [new Uri("https://example.com/a"), null]);
    }

    private static NullableElementClass Class(int i) => new()
    {
        Names = [null, Text(i)],
        Comments = i % 2 == 0 ? null : new() { ["gone"] = null, ["kept"] = new NullableComment("k", Text(i)) },
        Rows = [null, [Text(i + 1), null]],
        Scores = i % 4 == 0 ? null : [null, i],
        Labels = i % 5 == 0 ? null : [Text(i + 2), null],
    };
}
