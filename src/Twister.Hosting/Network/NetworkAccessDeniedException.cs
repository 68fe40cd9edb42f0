namespace Twister.Hosting.Network;

/// <summary>An outbound request named a URL outside the connector's declared network allowlist.</summary>
public sealed class NetworkAccessDeniedException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="url">The refused URL.</param>
    /// <param name="allowlist">The declared patterns.</param>
    public NetworkAccessDeniedException(string connector, Uri url, IReadOnlyList<string> allowlist)
        : base($"Connector '{connector}' may not call {url}: it is outside the declared network allowlist ({(allowlist.Count == 0 ? "empty" : string.Join(", ", allowlist))}). Declare it with [NetworkAccess(\"...\")].")
    {
        Url = url;
    }

    /// <summary>The refused URL.</summary>
    public Uri Url { get; }
}
