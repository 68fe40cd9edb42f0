using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Twister.Serialization;

namespace Twister.Benchmarks.Serialization;

/// <summary>
/// Twister's generated serializers beside System.Text.Json source-generated and reflection-based
/// serialization of the same values, to the same <see cref="Utf8JsonWriter"/> and from the same bytes.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SerializerBenchmarks
{
    private const string ChannelId = "team-7f3a9c2e";
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter _writer = null!;
    private Utf8JsonWriter _relaxedWriter = null!;
    private TwisterSerializer<SyncState> _twisterState = null!;
    private TwisterSerializer<IssueSnapshot> _twisterIssue = null!;
    private JsonSerializerOptions _reflection = null!;
    private SyncState _state = null!;
    private IssueSnapshot _issue = null!;
    private byte[] _stateJson = null!;
    private byte[] _issueJson = null!;

    /// <summary>Prepares the values, their JSON and the serializers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        // A writer with an encoder other than the default: Twister cannot compose for it, so its
        // serializers write token by token (the fallback path); STJ writes to the same writer.
        _relaxedWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var serializers = BenchConnector.Descriptor.Serializers;
        _twisterState = serializers.GetSerializer<SyncState>()!;
        _twisterIssue = serializers.GetSerializer<IssueSnapshot>()!;
        _reflection = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
        };
        _state = new SyncState("cursor-00042", 42, false);
        _issue = new IssueSnapshot(
            Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), "Sync stalls after 1000 issues", IssueState.Started, 3.5,
            new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero),
            ["bug", "sync", "p1"],
            [.. Enumerable.Range(0, 5).Select(i => new CommentSnapshot($"c{i}", "ada", $"Comment number {i} with some text.", new DateTimeOffset(2026, 11, 20 + i, 9, 0, 0, TimeSpan.Zero)))],
            new Dictionary<string, string> { ["team"] = "ENG", ["cycle"] = "42", ["area"] = "connectors" });
        _stateJson = JsonSerializer.SerializeToUtf8Bytes(_state, PayloadJsonContext.Default.SyncState);
        _issueJson = JsonSerializer.SerializeToUtf8Bytes(_issue, PayloadJsonContext.Default.IssueSnapshot);
        // All three must agree on the wire format, or the comparison is meaningless.
        if (!WrittenBy(w => _twisterIssue.Write(w, _issue)).SequenceEqual(_issueJson)
            || !WrittenBy(w => _twisterState.Write(w, _state)).SequenceEqual(_stateJson)
            || !JsonSerializer.SerializeToUtf8Bytes(_issue, _reflection).SequenceEqual(_issueJson)
            || !BenchConnector.Callbacks.SyncPage(ChannelId, _state).Arguments.Span.SequenceEqual(StjCallbackArguments()))
            throw new InvalidOperationException("the serializers disagree on the JSON");
    }

    /// <summary>Twister: write the sync state.</summary>
    [Benchmark, BenchmarkCategory("WriteState")]
    public int TwisterWriteState() => Write(w => _twisterState.Write(w, _state));

    /// <summary>STJ source-gen: write the sync state.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("WriteState")]
    public int StjSourceGenWriteState() => Write(w => JsonSerializer.Serialize(w, _state, PayloadJsonContext.Default.SyncState));

    /// <summary>STJ reflection: write the sync state.</summary>
    [Benchmark, BenchmarkCategory("WriteState")]
    public int StjReflectionWriteState() => Write(w => JsonSerializer.Serialize(w, _state, _reflection));

    /// <summary>Twister, through the writer's own calls: write the sync state.</summary>
    [Benchmark, BenchmarkCategory("WriteStateWriterPath")]
    public int TwisterWriteStateWriterPath() => Write(_relaxedWriter, w => _twisterState.Write(w, _state));

    /// <summary>STJ source-gen, same writer: write the sync state.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("WriteStateWriterPath")]
    public int StjSourceGenWriteStateWriterPath() => Write(_relaxedWriter, w => JsonSerializer.Serialize(w, _state, PayloadJsonContext.Default.SyncState));

    /// <summary>Twister: a callback token's arguments (channel id and sync state), as the generated factory creates them.</summary>
    [Benchmark, BenchmarkCategory("CallbackArguments")]
    public int TwisterCallbackArguments() => BenchConnector.Callbacks.SyncPage(ChannelId, _state).Arguments.Length;

    /// <summary>STJ source-gen: the same JSON array written the same way (a new buffer and writer, copied out).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("CallbackArguments")]
    public int StjSourceGenCallbackArguments() => StjCallbackArguments().Length;

    /// <summary>Twister: read the sync state.</summary>
    [Benchmark, BenchmarkCategory("ReadState")]
    public SyncState TwisterReadState() => ReadTwister(_stateJson, _twisterState);

    /// <summary>STJ source-gen: read the sync state.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ReadState")]
    public SyncState StjSourceGenReadState() => JsonSerializer.Deserialize(_stateJson, PayloadJsonContext.Default.SyncState)!;

    /// <summary>STJ reflection: read the sync state.</summary>
    [Benchmark, BenchmarkCategory("ReadState")]
    public SyncState StjReflectionReadState() => JsonSerializer.Deserialize<SyncState>(_stateJson, _reflection)!;

    /// <summary>Twister: write the issue snapshot.</summary>
    [Benchmark, BenchmarkCategory("WriteIssue")]
    public int TwisterWriteIssue() => Write(w => _twisterIssue.Write(w, _issue));

    /// <summary>STJ source-gen: write the issue snapshot.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("WriteIssue")]
    public int StjSourceGenWriteIssue() => Write(w => JsonSerializer.Serialize(w, _issue, PayloadJsonContext.Default.IssueSnapshot));

    /// <summary>STJ reflection: write the issue snapshot.</summary>
    [Benchmark, BenchmarkCategory("WriteIssue")]
    public int StjReflectionWriteIssue() => Write(w => JsonSerializer.Serialize(w, _issue, _reflection));

    /// <summary>Twister, through the writer's own calls: write the issue snapshot.</summary>
    [Benchmark, BenchmarkCategory("WriteIssueWriterPath")]
    public int TwisterWriteIssueWriterPath() => Write(_relaxedWriter, w => _twisterIssue.Write(w, _issue));

    /// <summary>STJ source-gen, same writer: write the issue snapshot.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("WriteIssueWriterPath")]
    public int StjSourceGenWriteIssueWriterPath() => Write(_relaxedWriter, w => JsonSerializer.Serialize(w, _issue, PayloadJsonContext.Default.IssueSnapshot));

    /// <summary>Twister: read the issue snapshot.</summary>
    [Benchmark, BenchmarkCategory("ReadIssue")]
    public IssueSnapshot TwisterReadIssue() => ReadTwister(_issueJson, _twisterIssue);

    /// <summary>STJ source-gen: read the issue snapshot.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ReadIssue")]
    public IssueSnapshot StjSourceGenReadIssue() => JsonSerializer.Deserialize(_issueJson, PayloadJsonContext.Default.IssueSnapshot)!;

    /// <summary>STJ reflection: read the issue snapshot.</summary>
    [Benchmark, BenchmarkCategory("ReadIssue")]
    public IssueSnapshot StjReflectionReadIssue() => JsonSerializer.Deserialize<IssueSnapshot>(_issueJson, _reflection)!;

    private int Write(Action<Utf8JsonWriter> write) => Write(_writer, write);

    private int Write(Utf8JsonWriter writer, Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        writer.Reset(_buffer);
        write(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    private byte[] StjCallbackArguments()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            JsonSerializer.Serialize(writer, ChannelId, PayloadJsonContext.Default.String);
            JsonSerializer.Serialize(writer, _state, PayloadJsonContext.Default.SyncState);
            writer.WriteEndArray();
        }
        return buffer.WrittenMemory.ToArray();
    }

    private static T ReadTwister<T>(byte[] json, TwisterSerializer<T> serializer)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return serializer.Read(ref reader);
    }

    private static byte[] WrittenBy(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
