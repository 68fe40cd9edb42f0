using System.Text;
using Twister.Hosting.Tasks;
using Twister.Samples.FakeSlack;
using Twister.Samples.Slack.Tests.Infrastructure;

namespace Twister.Samples.Slack.Tests.Events;

public sealed class UrlVerificationTests : SlackTestBase
{
    [Fact]
    public async Task The_url_verification_challenge_is_answered_in_the_response_while_slack_waits()
    {
        await SyncAsync();

        var delivery = await DeliverAsync(General, Slack.BuildUrlVerification("challenge-3eZbrw1aBm2r"));

        Assert.Equal(200, delivery.StatusCode);
        Assert.StartsWith("text/plain", delivery.Response!.ContentType, StringComparison.Ordinal);
        Assert.Equal("challenge-3eZbrw1aBm2r", Encoding.UTF8.GetString(delivery.Response.Body.Span));
        Assert.DoesNotContain(await Host.GetTasksAsync(), t => t.Status == QueuedTaskStatus.Pending);
    }

    [Fact]
    public async Task A_request_whose_body_was_changed_after_signing_is_refused()
    {
        await SyncAsync();
        var genuine = Slack.BuildUrlVerification("original");
        var forged = genuine with { Body = genuine.Body.Replace("original", "forged", StringComparison.Ordinal) };

        var delivery = await DeliverAsync(General, forged);

        Assert.Equal(401, delivery.StatusCode);
        Assert.Contains("signature does not match", Encoding.UTF8.GetString(delivery.Response!.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_or_unsigned_is_refused()
    {
        await SyncAsync();
        var genuine = Slack.BuildUrlVerification();
        var stamp = long.Parse(genuine.Headers["X-Slack-Request-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);

        var otherSecret = await DeliverAsync(General, SlackEventDelivery.Signed(genuine.Body, stamp, "another-apps-secret"));
        var unsigned = await DeliverAsync(General, genuine with { Headers = new Dictionary<string, string> { ["X-Slack-Request-Timestamp"] = stamp.ToString(System.Globalization.CultureInfo.InvariantCulture) } });

        Assert.Equal(401, otherSecret.StatusCode);
        Assert.Equal(401, unsigned.StatusCode);
        Assert.Contains("X-Slack-Signature", Encoding.UTF8.GetString(unsigned.Response!.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_genuine_request_replayed_later_than_five_minutes_is_refused()
    {
        await SyncAsync();
        var delivery = Slack.BuildUrlVerification();
        Assert.Equal(200, (await DeliverAsync(General, delivery)).StatusCode);

        Host.Clock.Advance(TimeSpan.FromMinutes(6));
        var replayed = await DeliverAsync(General, delivery);

        Assert.Equal(401, replayed.StatusCode);
        Assert.Contains("minutes from now", Encoding.UTF8.GetString(replayed.Response!.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_the_signing_secret_is_set_every_request_is_refused()
    {
        await Host.Connector.InstallAsync(); // no options given
        await Host.Connector.EnableChannelAsync(General.Id);

        var delivery = await DeliverAsync(General, Slack.BuildUrlVerification());

        Assert.Equal(401, delivery.StatusCode);
        Assert.Contains("no signing secret", Encoding.UTF8.GetString(delivery.Response!.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_events_api_request_gets_a_clear_400()
    {
        await SyncAsync();
        var stamp = long.Parse(Slack.BuildUrlVerification().Headers["X-Slack-Request-Timestamp"], System.Globalization.CultureInfo.InvariantCulture);

        var delivery = await DeliverAsync(General, SlackEventDelivery.Signed("""{"type":"app_rate_limited"}""", stamp, FakeSlackService.SigningSecret));

        Assert.Equal(400, delivery.StatusCode);
        Assert.Contains("event_callback", Encoding.UTF8.GetString(delivery.Response!.Body.Span), StringComparison.Ordinal);
    }
}
