namespace Twister.Tools;

/// <summary>The Integrations tool: OAuth tokens per enabled channel.</summary>
public interface IIntegrations
{
    /// <summary>Gets the token authorizing <paramref name="channelId"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="provider">The OAuth provider.</param>
    /// <param name="channelId">The channel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<AuthToken?> GetAsync(AuthProvider provider, string channelId, CancellationToken cancellationToken = default);
}
