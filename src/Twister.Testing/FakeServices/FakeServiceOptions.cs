using Twister.Hosting.Configuration;

namespace Twister.Testing;

/// <summary>Routes a connector's outbound requests to in-process fakes of the services it calls.</summary>
public static class FakeServiceOptions
{
    /// <summary>
    /// Answers the connector's requests to <paramref name="origin"/> with <paramref name="fake"/>, in process.
    /// The host's allowlist (<c>[NetworkAccess]</c>) and request budget still apply to every request, redirects included.
    /// </summary>
    /// <param name="options">The host's options.</param>
    /// <param name="origin">The origin the connector calls: <c>https://api.example.com</c>, or a bare host (<c>api.example.com</c>) for https.</param>
    /// <param name="fake">The fake service.</param>
    /// <returns>The options.</returns>
    public static TwisterOptions UseFakeService(this TwisterOptions options, string origin, FakeService fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        return options.UseFakeService(origin, fake.Handler);
    }

    /// <summary>
    /// Answers the connector's requests to <paramref name="origin"/> with <paramref name="handler"/> (any
    /// <see cref="HttpMessageHandler"/>, for example a <c>TestServer</c>'s), in process. The allowlist and the
    /// request budget still apply; the caller disposes the handler after the host.
    /// </summary>
    /// <param name="options">The host's options.</param>
    /// <param name="origin">The origin the connector calls: <c>https://api.example.com</c>, or a bare host (<c>api.example.com</c>) for https.</param>
    /// <param name="handler">The handler that answers.</param>
    /// <returns>The options.</returns>
    public static TwisterOptions UseFakeService(this TwisterOptions options, string origin, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(origin);
        return options.MapOrigin(origin.Contains("://", StringComparison.Ordinal) ? origin : "https://" + origin, handler);
    }
}
