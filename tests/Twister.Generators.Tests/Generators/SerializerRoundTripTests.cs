using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twister.Serialization;

namespace Twister.Generators.Tests.Generators;

/// <summary>The generated serializers, compiled and executed: every supported kind, and tolerant reading.</summary>
public sealed class SerializerRoundTripTests
{
    private static readonly Lazy<CompiledConnector> Kinds = new(() => CompiledConnector.Build(TestSources.Kinds, "Sample.Kinds.KindsConnector"));

    private const string EverythingJson = """
        {"text":"héllo \"quoted\"","flag":true,"b":255,"s":-12,"i":2147483647,"l":-9007199254740993,"f":1.5,"d":3.25,"m":79228162514264337593543950335,"c":"x",
         "when":"2024-02-29T13:45:00Z","at":"2024-02-29T13:45:00+02:00","id":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","link":"https://example.com/a?b=c",
         "span":"1.02:03:04","day":"2024-02-29","level":"High","maybeNumber":null,"maybeLevel":"Low","where":{"x":1,"y":-2},
         "numbers":[1,2,3],"names":["a",null],"addresses":[{"street":"Main","number":5}],"unique":[7],"tags":["t"],
         "counts":{"one":1,"two":2},"byName":{"home":{"street":"Elm","number":9}},
         "root":{"name":"r","children":[{"name":"leaf","children":null}]},"note":"n","settable":4000000000}
        """;

    [Fact]
    public async Task Every_supported_kind_round_trips()
    {
        var runtime = Kinds.Value.NewRuntime();

        await runtime.InvokeAsync("Echo", $"[{EverythingJson}]");

        AssertJsonEqual(EverythingJson, runtime.Json("echo")!);
    }

    [Fact]
    public async Task Unknown_members_are_skipped_and_missing_members_take_defaults()
    {
        var runtime = Kinds.Value.NewRuntime();

        await runtime.InvokeAsync("EchoAddress", """[{"street":"Main","future":{"nested":[1,{"deep":true}]},"alsoNew":"x"}]""");

        // Number was missing: the record's declared default (1) applies.
        AssertJsonEqual("""{"street":"Main","number":1}""", runtime.Json("address")!);
    }

    [Fact]
    public async Task Stored_state_is_read_back_through_the_generated_serializer()
    {
        var runtime = Kinds.Value.NewRuntime();

        await runtime.InvokeAsync("EchoAddress", """[{"street":"Main","number":2}]""");
        await runtime.InvokeAsync("EchoAddress", """[{"street":"Main","number":3}]""");

        AssertJsonEqual("""{"street":"Main","number":5}""", runtime.Json("address")!);
    }

    [Fact]
    public async Task Enums_are_written_by_name_and_read_by_name_or_number()
    {
        var runtime = Kinds.Value.NewRuntime();
        var json = EverythingJson.Replace("\"level\":\"High\"", "\"level\":2", StringComparison.Ordinal);

        await runtime.InvokeAsync("Echo", $"[{json}]");

        Assert.Contains("\"level\":\"High\"", runtime.Json("echo"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_provider_serves_the_callback_parameter_and_stored_types_and_nothing_else()
    {
        var serializers = Kinds.Value.Descriptor.Serializers;
        var address = Kinds.Value.Assembly.GetType("Sample.Kinds.Address", throwOnError: true)!;

        // Address is a callback parameter and a stored type; Everything's member types are reached only through it.
        Assert.NotNull(typeof(ISerializerProvider).GetMethod("GetSerializer")!.MakeGenericMethod(address).Invoke(serializers, null));
        Assert.Null(serializers.GetSerializer<Dictionary<string, int>>());
        Assert.Null(serializers.GetSerializer<int[]>());
        Assert.Null(serializers.GetSerializer<System.Net.Http.HttpClient>());
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_names_the_type()
    {
        var runtime = Kinds.Value.NewRuntime();

        var error = await Assert.ThrowsAsync<CallbackArgumentException>(() => runtime.InvokeAsync("EchoAddress", """[{"street":42}]"""));

        Assert.Equal(0, error.Index);
        Assert.Contains("string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enum_name_that_does_not_exist_is_a_clear_error()
    {
        var runtime = Kinds.Value.NewRuntime();
        var json = EverythingJson.Replace("\"level\":\"High\"", "\"level\":\"Critical\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<CallbackArgumentException>(() => runtime.InvokeAsync("Echo", $"[{json}]"));

        Assert.Contains("'Critical' is not a member of", error.Message, StringComparison.Ordinal);
    }

    private static string Write<T>(TwisterSerializer<T> serializer, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) serializer.Write(writer, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static T Read<T>(TwisterSerializer<T> serializer, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return serializer.Read(ref reader);
    }

    private static void AssertJsonEqual(string expected, string actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{Environment.NewLine}actual   {actual}");
}
