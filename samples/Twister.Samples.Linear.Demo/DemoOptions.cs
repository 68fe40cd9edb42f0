using System.Text;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// The demo's command line: <c>--connector &lt;name&gt;</c> picks the connector (see <see cref="ConnectorDemos"/>),
/// <c>--data &lt;dir&gt;</c> names the SQLite folder, <c>--fresh</c> deletes it first, <c>--dashboard</c> serves the dashboard after the run, <c>--help</c> prints
/// <see cref="HelpText"/> and runs nothing.
/// </summary>
/// <param name="DataDirectory">Where the host keeps its SQLite file.</param>
/// <param name="Fresh">Whether to delete <paramref name="DataDirectory"/> before running.</param>
/// <param name="Connector">The connector to run.</param>
public sealed record DemoOptions(string DataDirectory, bool Fresh, string Connector)
{
    /// <summary>The folder used when <c>--data</c> is not given, under the current directory.</summary>
    public const string DefaultDataDirectory = ".twister-demo";

    /// <summary>Whether <c>--help</c> (or <c>-h</c>) was given: print <see cref="HelpText"/> and run nothing.</summary>
    public bool Help { get; init; }

    /// <summary>Whether to serve the local dashboard over the demo's data after the run, until Ctrl+C (<c>--dashboard</c>).</summary>
    public bool Dashboard { get; init; }

    /// <summary>What <c>--help</c> prints: the options, the connectors and what each shows, and how to look at the data afterwards.</summary>
    public static string HelpText { get; } = BuildHelpText();

    /// <summary>Parses the flags by hand: System.CommandLine is not referenced for so little.</summary>
    /// <param name="args">The process arguments.</param>
    /// <param name="options">The parsed options, when the arguments are valid.</param>
    /// <param name="error">Why they are not (naming the argument), otherwise; the first problem found.</param>
    public static bool TryParse(IReadOnlyList<string> args, out DemoOptions options, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var data = DefaultDataDirectory;
        var (fresh, help, dashboard) = (false, false, false);
        var connector = ConnectorDemos.Default;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                case "--fresh":
                    fresh = true;
                    break;
                case "--dashboard":
                    dashboard = true;
                    break;
                case "--data" when value is not null:
                    data = value;
                    i++;
                    break;
                case "--connector" when value is not null && ConnectorDemos.Names.Contains(value):
                    connector = value;
                    i++;
                    break;
                case "--connector" when value is not null:
                    error = $"Unknown connector '{value}'. Choose one of: {string.Join(", ", ConnectorDemos.Names)}.";
                    break;
                case "--data" or "--connector":
                    error = $"The option '{args[i]}' needs a value: {(args[i] == "--data" ? "--data <dir>" : $"--connector {string.Join('|', ConnectorDemos.Names)}")}.";
                    break;
                case var other when other.StartsWith('-'):
                    error = $"Unknown option '{other}'. The options are --connector, --data, --fresh, --dashboard and --help.";
                    break;
                default:
                    error = $"Unexpected argument '{args[i]}': the demo takes options only (--connector <name>, --data <dir>, --fresh, --dashboard, --help).";
                    break;
            }
        }
        options = new DemoOptions(Path.GetFullPath(data), fresh, connector) { Help = help, Dashboard = dashboard };
        return error is null;
    }

    private static string BuildHelpText()
    {
        var width = ConnectorDemos.Names.Max(n => n.Length) + 2;
        var text = new StringBuilder();
        text.AppendLine("Runs a sample connector end to end on the local host (SQLite), offline, against its embedded fake service.");
        text.AppendLine();
        text.AppendLine("Usage: dotnet run --project samples/Twister.Samples.Linear.Demo -- [options]");
        text.AppendLine();
        text.AppendLine("Options:");
        text.AppendLine($"  --connector <name>  The connector to run: {string.Join(", ", ConnectorDemos.Names)} (default {ConnectorDemos.Default}).");
        text.AppendLine($"  --data <dir>        The folder of the SQLite files (default ./{DefaultDataDirectory}).");
        text.AppendLine("  --fresh             Delete the data folder first. Without it a run resyncs into the same file: the counts stay the same.");
        text.AppendLine("  --dashboard         After the run, serve the local dashboard (items, notes, tasks, executions, webhooks) on");
        text.AppendLine("                      127.0.0.1 and print its URL; Ctrl+C stops it. See docs/dashboard.md.");
        text.AppendLine("  -h, --help          Print this help and run nothing.");
        text.AppendLine();
        text.AppendLine("Connectors:");
        foreach (var (name, summary) in ConnectorDemos.Summaries) text.AppendLine($"  {name.PadRight(width)}{summary}");
        text.AppendLine();
        text.AppendLine("Looking at the data afterwards:");
        text.AppendLine($"  Each connector keeps its own SQLite file, <data>/{DemoScenario.DatabaseFile("<connector>")}, for example");
        text.AppendLine($"  ./{DefaultDataDirectory}/{DemoScenario.DatabaseFile(ConnectorDemos.Default)}. Tables: activities, notes, contacts, executions, tasks, store, callbacks.");
        text.AppendLine($"    sqlite3 {DefaultDataDirectory}/{DemoScenario.DatabaseFile("slack")} \"SELECT title, link_status FROM activities LIMIT 10;\"");
        text.AppendLine($"    sqlite3 {DefaultDataDirectory}/{DemoScenario.DatabaseFile("slack")} \"SELECT a.title, n.note_key, n.content FROM notes n JOIN activities a ON a.id = n.activity_id LIMIT 10;\"");
        text.AppendLine($"    sqlite3 {DefaultDataDirectory}/{DemoScenario.DatabaseFile("slack")} \"SELECT callback_key, status, requests, error FROM executions ORDER BY seq;\"");
        text.AppendLine("  From code, a host on that file (AddTwister(o => o.DatabasePath = ...)) reads it with TwisterHost.Plot");
        text.AppendLine("  (GetActivitiesAsync, GetNotesAsync, CountAsync), GetExecutionsAsync and GetTasksAsync; see docs/demo.md and docs/testing.md.");
        return text.ToString();
    }
}
