using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using Twister.Generated;

namespace Twister.Tests.Generated;

/// <summary>The generic runtime serializers generated code builds from element serializers.</summary>
public sealed class CollectionSerializerTests
{
    [Fact]
    public void Lists_are_written_from_any_implementation_of_the_declared_interface_and_read_back_as_lists()
    {
        var serializer = new ListSerializer<IReadOnlyList<string?>, string>(BuiltInSerializers.String);

        Assert.Equal("""["a",null]""", Written(w => serializer.Write(w, new List<string?> { "a", null })));
        Assert.Equal("""["a",null]""", Written(w => serializer.Write(w, new ReadOnlyCollection<string?>(["a", null]))));
        Assert.Equal("""["a",null]""", Written(w => serializer.Write(w, new[] { "a", null })));
        var read = Read(serializer, """["x",null]""");
        Assert.IsType<List<string>>(read);
        Assert.Equal(["x", null], read);
        Assert.Null(Read(serializer, "null"));
    }

    [Fact]
    public void Arrays_sets_and_dictionaries_round_trip_into_their_read_types()
    {
        var array = new ArraySerializer<int[], int>(BuiltInSerializers.Int32);
        var set = new SetSerializer<IReadOnlySet<Guid>, Guid>(BuiltInSerializers.Guid);
        var dictionary = new DictionarySerializer<IReadOnlyDictionary<string, int[]>, int[]>(array);

        Assert.Equal([1, 2], Read(array, Written(w => array.Write(w, [1, 2]))));
        var ids = new HashSet<Guid> { Guid.Empty };
        Assert.IsType<HashSet<Guid>>(Read(set, Written(w => set.Write(w, ids))));
        var nested = new SortedDictionary<string, int[]>(StringComparer.Ordinal) { ["b"] = [2], ["a"] = [] };
        var json = Written(w => dictionary.Write(w, nested));
        Assert.Equal("""{"a":[],"b":[2]}""", json);
        var read = Assert.IsType<Dictionary<string, int[]>>(Read(dictionary, json));
        Assert.Equal([2], read["b"]);
    }

    [Fact]
    public void Nullable_values_are_null_or_their_value()
    {
        var serializer = new NullableSerializer<int>(BuiltInSerializers.Int32);

        Assert.Equal("null", Written(w => serializer.Write(w, null)));
        Assert.Equal("5", Written(w => serializer.Write(w, 5)));
        Assert.Null(Read(serializer, "null"));
        Assert.Equal(5, Read(serializer, "5"));
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("\"x\"", "a string")]
    public void A_value_of_the_wrong_kind_says_what_was_found(string json, string found)
    {
        var error = Assert.Throws<JsonException>(() => Read(new ListSerializer<List<int>, int>(BuiltInSerializers.Int32), json));

        Assert.Equal($"expected a JSON value for a list but found {found}", error.Message);
    }

    private static T Read<T>(GeneratedSerializer<T> serializer, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return serializer.Read(ref reader);
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
