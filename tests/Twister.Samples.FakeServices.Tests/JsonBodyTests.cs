using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Twister.Samples.FakeServices.Tests;

public sealed class JsonBodyTests
{
    [Theory]
    [InlineData("""{"assignee":null,"summary":"x"}""", true)]
    [InlineData("[1,2]", false)]
    [InlineData("{not json", false)]
    [InlineData("", false)]
    public async Task Only_a_json_object_is_read_and_an_explicit_null_stays_apart_from_an_absent_field(string body, bool isObject)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var read = await JsonBody.ReadObjectAsync(context.Request);

        Assert.Equal(isObject, read is not null);
        if (read is null) return;
        Assert.True(read.ContainsKey("assignee"));
        Assert.Null(read["assignee"]);
        Assert.False(read.ContainsKey("description"));
        Assert.Equal("x", JsonBody.Text(read["summary"]));
    }

    [Fact]
    public void Text_and_is_true_read_only_values_of_their_kind()
    {
        var node = JsonNode.Parse("""{"s":"v","n":3,"t":true,"f":false}""")!;

        Assert.Equal("v", JsonBody.Text(node["s"]));
        Assert.Null(JsonBody.Text(node["n"]));
        Assert.Null(JsonBody.Text(node["missing"]));
        Assert.True(JsonBody.IsTrue(node["t"]));
        Assert.False(JsonBody.IsTrue(node["f"]));
        Assert.False(JsonBody.IsTrue(node["s"]));
    }
}
