namespace Twister;

/// <summary>What the user authorized: the provider and the granted scopes.</summary>
/// <param name="Provider">The OAuth provider.</param>
/// <param name="Scopes">The scopes granted.</param>
public sealed record Authorization(AuthProvider Provider, IReadOnlyList<string> Scopes);

/// <summary>An access token for one channel.</summary>
/// <param name="Token">The bearer token to send to the external API.</param>
/// <param name="Scopes">The scopes the token carries.</param>
public sealed record AuthToken(string Token, IReadOnlyList<string> Scopes);
