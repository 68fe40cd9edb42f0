using System.Text;
using Twister.Generated;

namespace Twister.Tests.Generated;

public sealed class CallbackArgumentReaderTests
{
    [Fact]
    public void Reads_arguments_in_position_order_and_reports_the_end()
    {
        var reader = new CallbackArgumentReader("k", Encoding.UTF8.GetBytes("""["a",2]"""));

        Assert.True(reader.MoveNext(0));
        Assert.Equal("a", reader.Read(0, BuiltInSerializers.String, "string"));
        Assert.True(reader.MoveNext(1));
        Assert.Equal(2, reader.Read(1, BuiltInSerializers.Int32, "int"));
        Assert.False(reader.MoveNext(2));
        Assert.False(reader.MoveNext(3));
    }

    [Fact]
    public void Empty_arguments_mean_no_arguments()
    {
        var reader = new CallbackArgumentReader("k", ReadOnlySpan<byte>.Empty);

        Assert.False(reader.MoveNext(0));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_key_index_and_type()
    {
        var error = Assert.Throws<CallbackArgumentException>(() =>
        {
            var reader = new CallbackArgumentReader("sync", Encoding.UTF8.GetBytes("""["a","b"]"""));
            reader.MoveNext(0);
            reader.Read(0, BuiltInSerializers.String, "string");
            reader.MoveNext(1);
            reader.Read(1, BuiltInSerializers.Int32, "int");
        });

        Assert.Equal(("sync", 1), (error.Key, error.Index));
        Assert.Contains("as int", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":1}""")]
    [InlineData("""["unterminated""")]
    public void Arguments_that_are_not_a_json_array_fail_with_the_key(string json)
    {
        var error = Assert.Throws<CallbackArgumentException>(() =>
        {
            var reader = new CallbackArgumentReader("sync", Encoding.UTF8.GetBytes(json));
            reader.MoveNext(0);
        });

        Assert.Equal("sync", error.Key);
    }

    [Fact]
    public void Missing_names_the_index()
    {
        var reader = new CallbackArgumentReader("sync", Encoding.UTF8.GetBytes("[]"));

        Assert.Equal(2, reader.Missing(2).Index);
    }
}
