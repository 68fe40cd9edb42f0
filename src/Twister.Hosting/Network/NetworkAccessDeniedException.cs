namespace Twister.Hosting.Network;

/// <summary>An outbound request (or a redirect it received) named a URL outside the connector's declared network allowlist.</summary>
public sealed class NetworkAccessDeniedException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="url">The refused URL.</param>
    /// <param name="allowlist">The declared patterns.</param>
    /// <param name="redirectedFrom">The allowed URL whose response redirected to <paramref name="url"/>, if any.</param>
    public NetworkAccessDeniedException(string connector, Uri url, IReadOnlyList<string> allowlist, Uri? redirectedFrom = null)
        : base($"Connector '{connector}' may not call {url}{(redirectedFrom is null ? "" : $" (a redirect from {redirectedFrom})")}: it is outside the declared network allowlist ({(allowlist.Count == 0 ? "empty" : string.Join(", ", allowlist))}). Declare it with [NetworkAccess(\"...\")].")
    {
        Url = url;
        RedirectedFrom = redirectedFrom;
    }

    /// <summary>The refused URL.</summary>
    public Uri Url { get; }

    /// <summary>The allowed URL whose response redirected to <see cref="Url"/>, if the refusal came from a redirect.</summary>
    public Uri? RedirectedFrom { get; }
}
