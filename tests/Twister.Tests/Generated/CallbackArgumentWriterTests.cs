using System.Text;
using Twister.Generated;

namespace Twister.Tests.Generated;

public sealed class CallbackArgumentWriterTests
{
    [Fact]
    public void Arguments_are_a_json_array_in_position_order()
    {
        var arguments = CallbackArgumentWriter.Start();
        arguments.Write("team-1", BuiltInSerializers.String);
        arguments.Write(2, BuiltInSerializers.Int32);
        arguments.Write<string>(null, BuiltInSerializers.String);
        arguments.Write<int[]>([1, 2], new ArraySerializer<int[], int>(BuiltInSerializers.Int32));

        Assert.Equal("""["team-1",2,null,[1,2]]""", Encoding.UTF8.GetString(arguments.ToArray()));
    }

    [Fact]
    public void No_arguments_are_an_empty_array()
        => Assert.Equal("[]", Encoding.UTF8.GetString(CallbackArgumentWriter.Start().ToArray()));

    [Fact]
    public void Each_callback_gets_its_own_bytes_though_the_writer_is_reused()
    {
        var first = CallbackArgumentWriter.Start();
        first.Write("a", BuiltInSerializers.String);
        var firstBytes = first.ToArray();
        var second = CallbackArgumentWriter.Start();
        second.Write(new string('b', 100_000), BuiltInSerializers.String);
        var secondBytes = second.ToArray();

        Assert.Equal("""["a"]""", Encoding.UTF8.GetString(firstBytes));
        Assert.Equal(100_004, secondBytes.Length);
    }

    [Fact]
    public void A_writer_abandoned_by_an_exception_does_not_leak_into_the_next_callback()
    {
        var abandoned = CallbackArgumentWriter.Start();
        abandoned.Write("half", BuiltInSerializers.String);
        Assert.Throws<ArgumentException>(() => abandoned.Write(double.NaN, BuiltInSerializers.Double));

        var next = CallbackArgumentWriter.Start();
        next.Write(1, BuiltInSerializers.Int32);

        Assert.Equal("[1]", Encoding.UTF8.GetString(next.ToArray()));
    }
}
