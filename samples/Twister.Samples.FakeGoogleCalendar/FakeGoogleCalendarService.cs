using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeGoogleCalendar.Api;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeGoogleCalendar;

/// <summary>
/// An embedded fake of the Google Calendar API v3 (calendar list, events with sync tokens, push
/// channels, RSVP by PATCH) on 127.0.0.1, over deterministic in-memory data. Requests go to
/// <c>/calendar/v3/...</c>, as to <c>https://www.googleapis.com</c>, and need <c>Authorization: Bearer {Token}</c>.
/// </summary>
/// <example><code>
/// await using var google = new FakeGoogleCalendarService(FakeCalendarData.Seed(DateOnly.FromDateTime(DateTime.UtcNow)));
/// await google.StartAsync();
/// options.MapOrigin("https://www.googleapis.com", google.BaseAddress);
/// </code></example>
public sealed class FakeGoogleCalendarService : LoopbackFakeService
{
    /// <summary>The bearer token accepted unless another is given.</summary>
    public const string DefaultToken = "fake-google-token";

    /// <summary>Creates the service (not yet listening).</summary>
    /// <param name="data">The state it serves.</param>
    /// <param name="token">The bearer token it accepts.</param>
    public FakeGoogleCalendarService(FakeCalendarData data, string token = DefaultToken)
        : base(token)
    {
        Data = data;
    }

    /// <summary>The state served; edit it to play the calendar's people.</summary>
    public FakeCalendarData Data { get; }

    /// <summary>
    /// The notification Google would send on an open channel. <c>sync</c> is the first message (number 1),
    /// sent when the channel opens; <c>exists</c> (something changed) and <c>not_exists</c> take the next number.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="resourceState"><c>sync</c>, <c>exists</c> or <c>not_exists</c>.</param>
    /// <exception cref="InvalidOperationException">The channel is stopped, expired or unknown (Google sends nothing then).</exception>
    public CalendarNotification BuildNotification(string channelId, string resourceState = "exists")
    {
        if (resourceState is not ("sync" or "exists" or "not_exists")) throw new ArgumentException($"'{resourceState}' is not a resource state.", nameof(resourceState));
        var channel = resourceState == "sync"
            ? Data.Channels.FirstOrDefault(c => c.Id == channelId) ?? throw new InvalidOperationException($"Channel {channelId} is not open.")
            : Data.NextMessage(channelId);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Goog-Channel-ID"] = channel.Id,
            ["X-Goog-Channel-Expiration"] = channel.Expiration.UtcDateTime.ToString("R", CultureInfo.InvariantCulture),
            ["X-Goog-Resource-ID"] = channel.ResourceId,
            ["X-Goog-Resource-URI"] = CalendarShapesMapper.ResourceUri(channel.CalendarId),
            ["X-Goog-Resource-State"] = resourceState,
            ["X-Goog-Message-Number"] = (resourceState == "sync" ? 1 : channel.MessageNumber).ToString(CultureInfo.InvariantCulture),
        };
        if (channel.Token is not null) headers["X-Goog-Channel-Token"] = channel.Token;
        return new CalendarNotification(new Uri(channel.Address), headers);
    }

    /// <inheritdoc />
    protected override void MapRoutes(WebApplication app) => CalendarEndpoints.Map(app, Data);

    /// <inheritdoc />
    protected override Task RejectUnauthenticatedAsync(HttpContext context) => GoogleErrors.Unauthenticated().ExecuteAsync(context);
}
