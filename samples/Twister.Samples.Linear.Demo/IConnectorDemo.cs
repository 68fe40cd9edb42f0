using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Configuration;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// One connector's part of the demo: its embedded fake service, its registration in the host, and what it
/// shows once the initial sync is done. <see cref="DemoScenario"/> does the rest (the host on SQLite, install,
/// enable, the sync with its progress, the summary), the same for every connector.
/// </summary>
public interface IConnectorDemo : IAsyncDisposable
{
    /// <summary>The connector's name, which <c>--connector</c> selects and the host knows it by.</summary>
    string Name { get; }

    /// <summary>The callback key of the connector's sync batches, counted in the summary.</summary>
    string BatchCallbackKey { get; }

    /// <summary>How many items the initial sync brings (the progress bar's total).</summary>
    int ExpectedItems { get; }

    /// <summary>
    /// Where the host's clock starts: now by default; a fake service whose data sits at a fixed date (a calendar's
    /// events, signed Slack requests checked against the clock) starts it at that date, so every run is the same.
    /// Read after <see cref="StartServiceAsync"/>.
    /// </summary>
    DateTimeOffset ClockStart => TimeProvider.System.GetUtcNow();

    /// <summary>Starts the fake service on loopback.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A line saying where it listens and what it holds.</returns>
    Task<string> StartServiceAsync(CancellationToken cancellationToken);

    /// <summary>Maps the service's real origin to the fake (development origin mapping, after the allowlist check).</summary>
    /// <param name="options">The host's options.</param>
    void Configure(TwisterOptions options);

    /// <summary>Adds the connector to the host, with the fake service's development token.</summary>
    /// <param name="twister">The host's builder.</param>
    void AddConnector(TwisterBuilder twister);

    /// <summary>After the initial sync: changes made in the service and delivered, and changes written back from Plot.</summary>
    /// <param name="run">The running demo.</param>
    /// <param name="cancellationToken">Cancels the steps.</param>
    Task ShowChangesAsync(DemoRun run, CancellationToken cancellationToken);
}
