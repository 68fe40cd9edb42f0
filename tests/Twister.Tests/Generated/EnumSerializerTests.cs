using System.Text;
using System.Text.Json;
using Twister.Generated;

namespace Twister.Tests.Generated;

public sealed class EnumSerializerTests
{
    public enum Level { Low = 1, Minor = 1, High = 2, Café = 3 }

    // What generated code passes: every member in declaration order, aliases included.
    private static readonly EnumSerializer<Level> Serializer = new(
        static value => (Level)value, ("Low", Level.Low), ("Minor", Level.Minor), ("High", Level.High), ("Café", Level.Café));

    [Theory]
    [InlineData(Level.Low, "\"Low\"")]
    [InlineData(Level.High, "\"High\"")]
    [InlineData(Level.Café, "\"Caf\\u00E9\"")]
    [InlineData((Level)42, "42")]
    public void Members_are_written_by_their_first_declared_name_and_others_as_numbers(Level value, string json)
    {
        Assert.Equal(json, Written(w => Serializer.Write(w, value)));
        Assert.Equal(json, Written(w => JsonOutput.Write(w, Serializer, value)));
        Assert.Equal("[" + json + "]", Written(w => JsonOutput.Write(w, new ArraySerializer<Level[], Level>(Serializer), [value])));
    }

    [Theory]
    [InlineData("\"Low\"", Level.Low)]
    [InlineData("\"Minor\"", Level.Minor)]
    [InlineData("\"Caf\\u00E9\"", Level.Café)]
    [InlineData("2", Level.High)]
    [InlineData("42", (Level)42)]
    public void Any_member_name_and_any_number_read(string json, Level expected)
        => Assert.Equal(expected, Read(json));

    [Fact]
    public void An_unknown_name_or_a_value_of_another_kind_is_a_clear_error()
    {
        Assert.Contains("'Critical' is not a member of Level", Assert.Throws<JsonException>(() => Read("\"Critical\"")).Message, StringComparison.Ordinal);
        Assert.Contains("found a boolean", Assert.Throws<JsonException>(() => Read("true")).Message, StringComparison.Ordinal);
    }

    private static Level Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return Serializer.Read(ref reader);
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
