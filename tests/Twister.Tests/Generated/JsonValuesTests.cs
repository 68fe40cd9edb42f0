using System.Text;
using System.Text.Json;
using Twister.Generated;

namespace Twister.Tests.Generated;

public sealed class JsonValuesTests
{
    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    [Fact]
    public void Reads_each_primitive()
    {
        Assert.Equal("x", Read("\"x\"", JsonValues.ReadString));
        Assert.Null(Read("null", JsonValues.ReadString));
        Assert.True(Read("true", JsonValues.ReadBoolean));
        Assert.Equal(-5, Read("-5", JsonValues.ReadInt32));
        Assert.Equal(9_007_199_254_740_993L, Read("9007199254740993", JsonValues.ReadInt64));
        Assert.Equal(2.5, Read("2.5", JsonValues.ReadDouble));
        Assert.Equal(1.10m, Read("1.10", JsonValues.ReadDecimal));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Read("\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\"", JsonValues.ReadGuid));
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 0, DateTimeKind.Utc), Read("\"2024-02-29T13:45:00Z\"", JsonValues.ReadDateTime));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)), Read("\"2024-02-29T13:45:00+02:00\"", JsonValues.ReadDateTimeOffset));
    }

    [Theory]
    [InlineData("\"5\"", "found a string")]
    [InlineData("2147483648", "not a valid int")]
    [InlineData("1.5", "not a valid int")]
    [InlineData("{}", "found an object")]
    public void A_wrong_value_is_a_json_exception_naming_the_type(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => Read(json, JsonValues.ReadInt32));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static T Read<T>(string json, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }
}
