namespace Twister.Samples.Slack;

/// <summary>The Slack connector's options.</summary>
public sealed class SlackOptions
{
    /// <summary>The option key of <see cref="SigningSecret"/>.</summary>
    public const string SigningSecretKey = "signingSecret";

    /// <summary>
    /// The Slack app's signing secret (its "Basic Information" page): every Events API request is checked
    /// against it, and refused without it.
    /// </summary>
    [Option("Signing secret", Secret = true, Key = SigningSecretKey, Description = "The Slack app's signing secret, which signs every Events API request.")]
    public string SigningSecret { get; init; } = "";
}
