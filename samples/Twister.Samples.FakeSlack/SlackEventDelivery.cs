using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Twister.Samples.FakeSlack;

/// <summary>
/// One Events API request as Slack sends it: a JSON body and the headers <c>X-Slack-Request-Timestamp</c>,
/// <c>X-Slack-Signature</c> (<c>v0=</c> HMAC-SHA256 of <c>v0:{timestamp}:{body}</c> with the signing secret) and,
/// on a retry, <c>X-Slack-Retry-Num</c> and <c>X-Slack-Retry-Reason</c>.
/// </summary>
/// <param name="Body">The JSON body.</param>
/// <param name="Headers">The headers, by name.</param>
public sealed record SlackEventDelivery(string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Signs <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    /// <param name="body">The JSON body.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="signingSecret">The app's signing secret.</param>
    public static SlackEventDelivery Signed(string body, long timestamp, string signingSecret)
    {
        var stamp = timestamp.ToString(CultureInfo.InvariantCulture);
        return new SlackEventDelivery(body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Slack-Request-Timestamp"] = stamp,
            ["X-Slack-Signature"] = Signature(body, stamp, signingSecret),
        });
    }

    /// <summary>The signature Slack computes for a body and timestamp.</summary>
    /// <param name="body">The JSON body.</param>
    /// <param name="timestamp">The <c>X-Slack-Request-Timestamp</c> value.</param>
    /// <param name="signingSecret">The app's signing secret.</param>
    public static string Signature(string body, string timestamp, string signingSecret)
        => "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    /// <summary>
    /// The same event delivered again, as Slack retries one that was not acknowledged within 3 seconds:
    /// the body (and its <c>event_id</c>) is identical; the headers add the retry number and reason.
    /// </summary>
    /// <param name="retryNum">1 to 3.</param>
    /// <param name="reason"><c>http_timeout</c>, <c>http_error</c>, ...</param>
    public SlackEventDelivery Retry(int retryNum, string reason = "http_timeout")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryNum, 1);
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase)
        {
            ["X-Slack-Retry-Num"] = retryNum.ToString(CultureInfo.InvariantCulture),
            ["X-Slack-Retry-Reason"] = reason,
        };
        return this with { Headers = headers };
    }

    /// <summary>The delivery as an HTTP request to <paramref name="target"/> (a host's webhook endpoint).</summary>
    /// <param name="target">Where to send it.</param>
    public HttpRequestMessage ToRequest(Uri target)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
