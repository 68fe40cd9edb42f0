namespace Twister.Samples.FakeGoogleCalendar;

/// <summary>
/// A push notification as Google sends it to a channel's address: a POST with an empty body and the
/// <c>X-Goog-*</c> headers (<c>X-Goog-Channel-ID</c>, <c>X-Goog-Channel-Token</c>, <c>X-Goog-Channel-Expiration</c>,
/// <c>X-Goog-Resource-ID</c>, <c>X-Goog-Resource-URI</c>, <c>X-Goog-Resource-State</c>, <c>X-Goog-Message-Number</c>).
/// </summary>
/// <param name="Address">The channel's address.</param>
/// <param name="Headers">The headers, by name.</param>
public sealed record CalendarNotification(Uri Address, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The body: always empty (the client lists the calendar to learn what changed).</summary>
    public string Body => "";

    /// <summary>The notification as a request to send to the address (or to a host's webhook endpoint).</summary>
    /// <param name="target">Where to send it; the channel's address when omitted.</param>
    public HttpRequestMessage ToRequest(Uri? target = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target ?? Address) { Content = new StringContent(Body) };
        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
