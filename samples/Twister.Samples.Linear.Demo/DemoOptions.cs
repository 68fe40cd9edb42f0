namespace Twister.Samples.Linear.Demo;

/// <summary>
/// The demo's command line: <c>--connector &lt;name&gt;</c> picks the connector (see <see cref="ConnectorDemos"/>),
/// <c>--data &lt;dir&gt;</c> names the SQLite folder, <c>--fresh</c> deletes it first, <c>--dashboard</c> serves the dashboard afterwards.
/// </summary>
/// <param name="DataDirectory">Where the host keeps its SQLite file.</param>
/// <param name="Fresh">Whether to delete <paramref name="DataDirectory"/> before running.</param>
/// <param name="Connector">The connector to run.</param>
public sealed record DemoOptions(string DataDirectory, bool Fresh, string Connector)
{
    /// <summary>The folder used when <c>--data</c> is not given, under the current directory.</summary>
    public const string DefaultDataDirectory = ".twister-demo";

    /// <summary>Whether to serve the local dashboard over the demo's data after the run, until Ctrl+C (<c>--dashboard</c>).</summary>
    public bool Dashboard { get; init; }

    /// <summary>Parses the flags by hand: System.CommandLine is not referenced for so little.</summary>
    /// <param name="args">The process arguments.</param>
    /// <param name="options">The parsed options, when the arguments are valid.</param>
    /// <param name="error">Why they are not, otherwise.</param>
    public static bool TryParse(IReadOnlyList<string> args, out DemoOptions options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var data = DefaultDataDirectory;
        var fresh = false;
        var connector = ConnectorDemos.Default;
        var dashboard = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--fresh":
                    fresh = true;
                    break;
                case "--dashboard":
                    dashboard = true;
                    break;
                case "--data" when i + 1 < args.Count:
                    data = args[++i];
                    break;
                case "--connector" when i + 1 < args.Count && ConnectorDemos.Names.Contains(args[i + 1]):
                    connector = args[++i];
                    break;
                case "--connector" when i + 1 < args.Count:
                    error = $"Unknown connector '{args[i + 1]}'. Choose one of: {string.Join(", ", ConnectorDemos.Names)}.";
                    i++;
                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'. Usage: [--connector {string.Join('|', ConnectorDemos.Names)}] [--data <dir>] [--fresh] [--dashboard]";
                    break;
            }
        }
        options = new DemoOptions(Path.GetFullPath(data), fresh, connector) { Dashboard = dashboard };
        return error is null;
    }
}
