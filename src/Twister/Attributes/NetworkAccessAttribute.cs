namespace Twister;

/// <summary>
/// Declares URL patterns the connector may call (the seed's <c>Network</c> allowlist).
/// A trailing <c>*</c> matches any remaining path; any other outbound request is refused by the host.
/// </summary>
/// <param name="urls">URL patterns such as <c>"https://api.linear.app/*"</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class NetworkAccessAttribute(params string[] urls) : Attribute
{
    /// <summary>The allowed URL patterns.</summary>
    public string[] Urls { get; } = urls;
}
