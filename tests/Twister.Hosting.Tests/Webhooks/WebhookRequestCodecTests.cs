using System.Text;
using Twister.Hosting.Webhooks;

namespace Twister.Hosting.Tests.Webhooks;

public sealed class WebhookRequestCodecTests
{
    [Fact]
    public void A_delivery_round_trips_with_its_headers_query_and_body()
    {
        var request = new WebhookRequest("POST", new Dictionary<string, string> { ["X-Sig"] = "abc" }, Encoding.UTF8.GetBytes("{\"a\":1}"))
        {
            Query = new Dictionary<string, string> { ["secret"] = "s", ["empty"] = "" },
        };

        var decoded = WebhookRequestCodec.Decode(WebhookRequestCodec.Encode(request));

        Assert.Equal(("POST", "abc", "{\"a\":1}"), (decoded.Method, decoded.Headers["x-sig"], decoded.RawBody));
        Assert.Equal(request.Query, decoded.Query);
    }

    [Fact]
    public void A_delivery_stored_by_the_first_release_without_a_query_still_decodes()
    {
        var stored = Encoding.UTF8.GetBytes("""{"method":"POST","headers":{"Content-Type":"application/json"},"body":"eyJ0eXBlIjoiSXNzdWUifQ=="}""");

        var decoded = WebhookRequestCodec.Decode(stored);

        Assert.Equal(("POST", "application/json", "{\"type\":\"Issue\"}"), (decoded.Method, decoded.Headers["content-type"], decoded.RawBody));
        Assert.Empty(decoded.Query);
    }
}
