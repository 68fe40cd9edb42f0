using Twister.Samples.Linear.Demo.GoogleCalendar;
using Twister.Samples.Linear.Demo.Jira;
using Twister.Samples.Linear.Demo.Linear;
using Twister.Samples.Linear.Demo.Slack;

namespace Twister.Samples.Linear.Demo;

/// <summary>The connectors the demo runs, by their <c>--connector</c> name; the first is the default.</summary>
public static class ConnectorDemos
{
    // One line per connector: its name, what its part of the demo shows, and how to make it.
    private static readonly (string Name, string Summary, Func<IConnectorDemo> Create)[] All =
    [
        (LinearDemo.ConnectorName, LinearDemo.Summary, () => new LinearDemo()),
        (JiraDemo.ConnectorName, JiraDemo.Summary, () => new JiraDemo()),
        (GoogleCalendarDemo.ConnectorName, GoogleCalendarDemo.Summary, () => new GoogleCalendarDemo()),
        (SlackDemo.ConnectorName, SlackDemo.Summary, () => new SlackDemo()),
    ];

    /// <summary>The names <c>--connector</c> accepts, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(d => d.Name)];

    /// <summary>The connector run when <c>--connector</c> is not given.</summary>
    public static string Default => Names[0];

    /// <summary>What each connector's part of the demo shows, by name, in <see cref="Names"/> order (for <c>--help</c>).</summary>
    public static IReadOnlyList<(string Name, string Summary)> Summaries { get; } = [.. All.Select(d => (d.Name, d.Summary))];

    /// <summary>A fresh part of the demo for the connector named <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <exception cref="ArgumentException">No connector has that name.</exception>
    public static IConnectorDemo Create(string name)
        => All.FirstOrDefault(d => d.Name == name).Create?.Invoke()
           ?? throw new ArgumentException($"The demo has no connector '{name}' (it has: {string.Join(", ", Names)}).", nameof(name));
}
