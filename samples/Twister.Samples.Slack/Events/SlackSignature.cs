using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Twister.Samples.Slack.Events;

/// <summary>
/// Slack's request signing (v0): <c>X-Slack-Signature</c> is <c>v0=</c> and the hex HMAC-SHA256, keyed with the
/// app's signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>. A request older than
/// <see cref="MaxAge"/> is refused too, so a captured request cannot be replayed later.
/// </summary>
public static class SlackSignature
{
    /// <summary>How far a request's timestamp may be from now (Slack's recommendation).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>Why <paramref name="request"/> is not a genuine, fresh Slack request, or <see langword="null"/> when it is.</summary>
    /// <param name="request">The delivery.</param>
    /// <param name="signingSecret">The app's signing secret.</param>
    /// <param name="now">The host's time.</param>
    public static string? Problem(WebhookRequest request, string signingSecret, DateTimeOffset now)
    {
        if (signingSecret.Length == 0) return "no signing secret is configured";
        if (!request.Headers.TryGetValue("X-Slack-Request-Timestamp", out var stamp)
            || !long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return "X-Slack-Request-Timestamp is missing or not a number";
        if (!request.Headers.TryGetValue("X-Slack-Signature", out var signature) || !signature.StartsWith("v0=", StringComparison.Ordinal))
            return "X-Slack-Signature is missing or not a v0 signature";
        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > MaxAge) return $"the timestamp is {age.TotalMinutes:0} minutes from now (more than {MaxAge.TotalMinutes:0})";
        var expected = Compute(request.Body.Span, stamp, signingSecret);
        var given = Encoding.ASCII.GetBytes(signature[3..]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), given) ? null : "the signature does not match the body";
    }

    /// <summary>The hex signature (without <c>v0=</c>) of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="timestamp">The <c>X-Slack-Request-Timestamp</c> value.</param>
    /// <param name="signingSecret">The app's signing secret.</param>
    public static string Compute(ReadOnlySpan<byte> body, string timestamp, string signingSecret)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }
}
