using System.Text;
using System.Text.Json;
using Twister.Serialization;

namespace Twister.Generators.Tests.Generators.WireFormat;

/// <summary>
/// Bytes written by the previous version of the generated serializers (before the runtime serializers of
/// <c>Twister.Generated</c>: per-type composer and writer paths), captured once from that code for values of
/// every kind, plain and with strings to escape. Stored state and callback tokens persisted by that version
/// must still read, and the current code writes exactly the same bytes.
/// </summary>
public sealed class PreviousVersionBytesTests
{
    /// <summary><see cref="SerializerByteIdentityTests.Sample"/> index, and what the previous version wrote for it.</summary>
    public static TheoryData<int, string> Previous => new()
    {
        { 0, """"{"text":"","flag":true,"b":0,"sb":0,"s":-32768,"us":65535,"i":2147483647,"ui":4294967295,"l":0,"ul":0,"f":0,"d":0,"m":0,"id":"00000000-0000-0000-0000-000000000000","when":"2024-02-29T13:45:00Z","at":"2026-11-24T01:30:00+00:00","link":"https://example.com/a?b=c\u0026d=e","level":"Low","maybeNumber":null,"maybeLevel":"Medium","where":{"x":0,"y":0.1},"maybeWhere":null,"numbers":null,"names":null,"leaves":[],"unique":null,"fields":null,"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":null}"""" },
        { 2, """"{"text":"cursor-00042","flag":true,"b":74,"sb":-22,"s":2000,"us":2,"i":-2,"ui":4294967295,"l":-1,"ul":18446744073709551615,"f":0.1,"d":3.5,"m":-0.001,"id":"00000002-0002-fffe-0102-030405060702","when":"2024-02-29T13:45:00","at":"2026-11-24T01:30:00-09:30","link":"https://ex\u00E4mple.com/\u00FC","level":"High","maybeNumber":-14,"maybeLevel":42,"where":{"x":2,"y":1E+300},"maybeWhere":null,"numbers":[0,-18],"names":["Sync stalls after 1000 issues","~!@#$%^*()_-=[]{}|;:,./?"],"leaves":[{"text":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","number":2},null,{"text":null,"number":-2}],"unique":[-9223372036854775808,7],"fields":{"team":"ENG","quote \u0022 inside":"back\\slash","none":null},"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":null}"""" },
        { 7, """"{"text":"back\\slash","flag":false,"b":3,"sb":-77,"s":7000,"us":7,"i":-7,"ui":7,"l":0,"ul":4294967296,"f":0,"d":1.7976931348623157E+308,"m":0,"id":"00000007-0007-fff9-0102-030405060707","when":"9999-12-31T23:59:59.9999999","at":"2026-11-24T01:30:00+00:00","link":null,"level":42,"maybeNumber":-49,"maybeLevel":null,"where":{"x":7,"y":123456.789},"maybeWhere":{"x":-7,"y":0.5},"numbers":[0,-13],"names":null,"leaves":[{"text":"it\u0027s","number":7},null,{"text":null,"number":-7}],"unique":[1,7],"fields":{"team":"ENG","1\u002B1":"\u0060","none":null},"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":{"name":"root","children":[{"name":"leaf","children":null},{"name":"tab\t","children":[]}]}}"""" },
        { 15, """"{"text":"\u0000\u001F\u007F","flag":false,"b":43,"sb":91,"s":-32768,"us":65535,"i":-15,"ui":15,"l":1,"ul":4294967296,"f":-0,"d":0.1,"m":1.10,"id":"00000000-0000-0000-0000-000000000000","when":"0001-01-01T00:00:00","at":"2026-11-24T01:30:00+02:00","link":null,"level":42,"maybeNumber":null,"maybeLevel":"Low","where":{"x":15,"y":-2.5E-300},"maybeWhere":{"x":-15,"y":0.5},"numbers":[],"names":["h\u00E9llo","na\u00EFve caf\u00E9"],"leaves":[{"text":"\u65E5\u672C\u8A9E","number":15},null,{"text":null,"number":-15}],"unique":null,"fields":null,"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":{"name":"root","children":[{"name":"leaf","children":null},{"name":"lone low \uFFFD","children":[]}]}}"""" },
        { 18, """"{"text":"\u65E5\u672C\u8A9E","flag":true,"b":154,"sb":58,"s":-32768,"us":65535,"i":-18,"ui":4294967295,"l":9223372036854775807,"ul":18446744073709551615,"f":1E-45,"d":-2.5E-300,"m":-79228162514264337593543950335,"id":"00000012-0012-ffee-0102-030405060712","when":"2024-02-29T13:45:00Z","at":"2022-09-28T22:13:20.000001-14:00","link":"https://ex\u00E4mple.com/\u00FC","level":"High","maybeNumber":null,"maybeLevel":42,"where":{"x":18,"y":10000000000000000},"maybeWhere":null,"numbers":null,"names":["emoji \uD83D\uDE00","\uFFFD lone high"],"leaves":[{"text":"lone low \uFFFD","number":18},null,{"text":null,"number":-18}],"unique":[9007199254740993,7],"fields":null,"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":null}"""" },
        { 24, """"{"text":"a","flag":true,"b":120,"sb":-8,"s":-32768,"us":65535,"i":2147483647,"ui":4294967295,"l":-9223372036854775808,"ul":0,"f":3.4028235E+38,"d":0,"m":79228162514264337593543950335,"id":"00000018-0018-ffe8-0102-030405060718","when":"0001-01-01T00:00:00","at":"2026-11-24T01:30:00.5+14:00","link":"https://example.com/a?b=c\u0026d=e","level":"Low","maybeNumber":null,"maybeLevel":"Medium","where":{"x":24,"y":0.1},"maybeWhere":null,"numbers":null,"names":["cursor-00042","Sync stalls after 1000 issues"],"leaves":[],"unique":[9223372036854775807,7],"fields":null,"byName":{"home":{"text":"Elm","number":9},"\u043A\u043B\u044E\u0447":{"text":"x","number":1}},"root":null}"""" },
        { 33, """"{"text":"it\u0027s","flag":false,"b":197,"sb":-107,"s":-32768,"us":65535,"i":-2147483648,"ui":33,"l":9007199254740993,"ul":1,"f":0.33333334,"d":10000000000000000,"m":0.0000000000000000000000000001,"id":"00000021-0021-ffdf-0102-030405060721","when":"0001-01-01T00:00:00","at":"0001-01-01T00:00:00+00:00","link":"relative/path","level":"Medium","maybeNumber":null,"maybeLevel":"High","where":{"x":33,"y":0},"maybeWhere":{"x":-33,"y":0.5},"numbers":[0,13,26],"names":["1\u002B1","\u0060"],"leaves":[{"text":"tab\t","number":33},null,{"text":null,"number":-33}],"unique":[-2147483648,7],"fields":null,"byName":null,"root":{"name":"root","children":[{"name":"leaf","children":null},{"name":"h\u00E9llo","children":[]}]}}"""" },
    };

    [Theory]
    [MemberData(nameof(Previous))]
    public void Stored_state_written_by_the_previous_version_reads_back_and_is_written_again_identically(int sample, string previous)
    {
        var serializer = SerializerByteIdentityTests.Connector.Value.Descriptor.Serializers.GetSerializer<WireValues>()!;

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(previous));
        reader.Read();
        var read = serializer.Read(ref reader);

        Assert.Equal(SerializerByteIdentityTests.Stj(SerializerByteIdentityTests.Sample(sample), default), SerializerByteIdentityTests.Stj(read, default));
        Assert.Equal(previous, SerializerByteIdentityTests.Written(default, w => serializer.Write(w, read)));
        Assert.Equal(previous, SerializerByteIdentityTests.Written(default, w => serializer.Write(w, SerializerByteIdentityTests.Sample(sample))));
    }

    [Theory]
    [MemberData(nameof(Previous))]
    public async Task Callback_arguments_written_by_the_previous_version_are_dispatched_and_created_identically(int sample, string previous)
    {
        var connector = SerializerByteIdentityTests.Connector.Value;
        var runtime = connector.NewRuntime();

        await runtime.InvokeAsync("Values", "[" + previous + "]");

        Assert.Equal(previous, runtime.Json("values"));
        var created = (Callback)connector.CreateCallback("Values", SerializerByteIdentityTests.Sample(sample));
        Assert.Equal("[" + previous + "]", Encoding.UTF8.GetString(created.Arguments.Span));
    }
}
