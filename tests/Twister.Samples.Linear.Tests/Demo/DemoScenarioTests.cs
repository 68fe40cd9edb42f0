using Twister.Samples.Linear.Demo;
using Twister.Samples.Linear.Demo.GoogleCalendar;
using Twister.Samples.Linear.Demo.Jira;
using Twister.Samples.Linear.Demo.Linear;
using Twister.Samples.Linear.Demo.Slack;

namespace Twister.Samples.Linear.Tests.Demo;

// Not in parallel with the other classes: the demo's progress listens to the host's meter, which is
// process-wide, so other tests' upserts would show in it.
[Collection(nameof(DemoScenarioTests))]
[CollectionDefinition(nameof(DemoScenarioTests), DisableParallelization = true)]
public sealed class DemoScenarioTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "twister-demo-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_linear_demo_runs_twice_on_one_folder_with_the_same_counts()
    {
        var (run1, run2, first, second) = await RunTwiceAsync("linear");

        const int issues = LinearDemo.Teams * LinearDemo.IssuesPerTeam;
        Assert.Equal(issues, run1.Activities);
        Assert.Equal(issues + 1, run1.Notes); // a description per issue and the written-back note
        Assert.Equal(issues / 50, run1.Batches);
        AssertSameCounts(run1, run2);
        Assert.True(File.Exists(Path.Combine(_data, "twister-linear.db")));
        Assert.Equal(issues, first.Progress[^1]);
        Assert.Equal(issues, second.Progress[^1]); // progress counts this run's upserts, not what Plot already had
        Assert.Contains(first.Steps, s => s.Contains(LinearDemo.EditedTitle, StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains(LinearDemo.NoteText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_jira_demo_runs_twice_on_one_folder_with_the_same_counts()
    {
        var (run1, run2, first, second) = await RunTwiceAsync("jira");

        const int issues = JiraDemo.Projects * JiraDemo.IssuesPerProject;
        const int comments = JiraDemo.Projects * 373; // issue n of a project has n % 4 comments
        Assert.Equal(issues, run1.Activities);
        Assert.Equal(issues + comments + 1, run1.Notes); // descriptions, comments and the written-back note
        Assert.Equal(issues / 50, run1.Batches);
        AssertSameCounts(run1, run2);
        Assert.True(File.Exists(Path.Combine(_data, "twister-jira.db")));
        Assert.Equal(issues, second.Progress[^1]);
        Assert.Contains(first.Steps, s => s.Contains(JiraDemo.EditedSummary, StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("now \"MOB-251: ", StringComparison.Ordinal)); // the moved issue's new key
        Assert.Contains(first.Steps, s => s.Contains(JiraDemo.QuietSummary, StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("Jira took the transition to \"Done\"", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains(JiraDemo.NoteText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_google_calendar_demo_runs_twice_on_one_folder_with_the_same_counts()
    {
        var (run1, run2, first, second) = await RunTwiceAsync("google-calendar");

        // 8 in the primary calendar (the deleted event is none), 2 team events, 3 holidays.
        Assert.Equal(13, run1.Activities);
        Assert.Equal(3, run1.Notes); // two descriptions and the cancelled occurrence's note
        Assert.Equal(8, run1.Batches); // quick and full pass of 3 calendars, 2 incremental passes
        AssertSameCounts(run1, run2);
        Assert.True(File.Exists(Path.Combine(_data, "twister-google-calendar.db")));
        Assert.Equal(25, first.Progress[^1]); // upcoming events are upserted by both passes
        Assert.Equal(25, second.Progress[^1]);
        Assert.Contains(first.Steps, s => s.Contains("\"Team offsite\": all day, 2025-03-10 to 2025-03-12", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("with 1 moved and 1 cancelled occurrences", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("incremental sync from the kept sync token (1 batch", StringComparison.Ordinal) && s.EndsWith("2 moved and 2 cancelled occurrences", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("Google now has the user's answer \"accepted\"", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("3 renewal tasks ran", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("brought \"Team offsite (Lyon)\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_slack_demo_runs_twice_on_one_folder_with_the_same_counts()
    {
        var (run1, run2, first, second) = await RunTwiceAsync("slack");

        const int items = 5 + SlackDemo.EngineeringMessages + 1; // #general's people's messages, #engineering, #ops-private
        Assert.Equal(items, run1.Activities);
        Assert.Equal(items + 2 + 2, run1.Notes); // the seeded thread's 2 replies, the delivered reply, the written-back reply
        Assert.Equal(1 + SlackDemo.EngineeringMessages / 20 + 1 + 1, run1.Batches); // the rate-limited attempt counts
        AssertSameCounts(run1, run2);
        Assert.Equal(6, second.Progress[^1]); // #engineering waits for its Retry-After
        Assert.Contains(first.Steps, s => s.Contains($"5 more batches synced {SlackDemo.EngineeringMessages} threads; Plot holds {items} items", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains($"answered while Slack waited: 200 \"{SlackDemo.Challenge}\", no task queued", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("the reply is a note in markdown: \"Merged, thanks @Ada! Notes in [the changelog](https://example.com/changelog).\"", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("same event_id): answered 200, no task", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("as mrkdwn \"Thanks, *shipping* it today: see <https://example.com/releases/1.3|the release>.\"", StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains("the loop guard dropped it: no task", StringComparison.Ordinal));
    }

    [Fact]
    public void The_options_parse_connector_data_and_fresh_and_reject_anything_else()
    {
        Assert.True(DemoOptions.TryParse(["--data", "x", "--fresh", "--connector", "jira"], out var options, out _));
        Assert.Equal(Path.GetFullPath("x"), options.DataDirectory);
        Assert.True(options.Fresh);
        Assert.Equal("jira", options.Connector);
        Assert.True(DemoOptions.TryParse([], out var defaults, out _));
        Assert.Equal(Path.GetFullPath(DemoOptions.DefaultDataDirectory), defaults.DataDirectory);
        Assert.False(defaults.Fresh);
        Assert.Equal("linear", defaults.Connector);
        Assert.False(DemoOptions.TryParse(["--data"], out _, out var error));
        Assert.Contains("--data", error, StringComparison.Ordinal);
        Assert.False(DemoOptions.TryParse(["--connector", "asana"], out _, out error));
        Assert.Contains("'asana'", error, StringComparison.Ordinal);
        Assert.Contains("linear, jira, google-calendar, slack", error, StringComparison.Ordinal);
        Assert.False(DemoOptions.TryParse(["--connector"], out _, out error));
        Assert.Contains("'--connector' needs a value", error, StringComparison.Ordinal);
        Assert.False(DemoOptions.TryParse(["--data", "--fresh"], out _, out error));
        Assert.Contains("'--data' needs a value", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--Fresh")]
    [InlineData("-x")]
    public void An_unknown_option_is_an_error_that_names_it(string option)
    {
        Assert.False(DemoOptions.TryParse(["--fresh", option, "--data", "x"], out _, out var error));
        Assert.StartsWith($"Unknown option '{option}'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_argument_is_an_error_that_names_it()
    {
        Assert.False(DemoOptions.TryParse(["slack"], out _, out var error));
        Assert.Contains("'slack'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_asked_for_alone_or_with_other_options(string flag)
    {
        Assert.True(DemoOptions.TryParse([flag], out var alone, out _));
        Assert.True(alone.Help);
        Assert.True(DemoOptions.TryParse(["--connector", "slack", flag], out var withOthers, out _));
        Assert.True(withOthers.Help);
        Assert.True(DemoOptions.TryParse(["--connector", "slack"], out var without, out _));
        Assert.False(without.Help);
    }

    [Fact]
    public void Help_lists_the_options_every_connector_with_what_it_shows_and_how_to_read_the_data()
    {
        var help = DemoOptions.HelpText;

        foreach (var option in new[] { "--connector <name>", "--data <dir>", "--fresh", "--help" }) Assert.Contains(option, help, StringComparison.Ordinal);
        foreach (var (name, summary) in ConnectorDemos.Summaries) Assert.Contains($"  {name}", help, StringComparison.Ordinal);
        Assert.Contains(GoogleCalendarDemo.Summary, help, StringComparison.Ordinal);
        Assert.Contains(SlackDemo.Summary, help, StringComparison.Ordinal);
        Assert.Equal(ConnectorDemos.Names, ConnectorDemos.Summaries.Select(s => s.Name));
        Assert.Contains($"./{DemoOptions.DefaultDataDirectory}/{DemoScenario.DatabaseFile("linear")}", help, StringComparison.Ordinal);
        Assert.Contains("sqlite3 ", help, StringComparison.Ordinal);
        Assert.Contains("FROM activities", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sqlite_query_the_help_gives_reads_the_demos_file()
    {
        await RunAsync(new DemoOptions(_data, Fresh: true, "slack"), new RecordingReporter());
        var query = DemoOptions.HelpText.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("sqlite3 ", StringComparison.Ordinal));
        var sql = query[(query.IndexOf('"', StringComparison.Ordinal) + 1)..^1];

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, DemoScenario.DatabaseFile("slack"))};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
    }

    [Fact]
    public async Task Every_listed_connector_has_a_demo_under_its_name()
    {
        foreach (var name in ConnectorDemos.Names)
        {
            await using var demo = ConnectorDemos.Create(name);
            Assert.Equal(name, demo.Name);
        }
        Assert.Throws<ArgumentException>(() => ConnectorDemos.Create("asana"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    /// <summary>Runs a connector's demo on a fresh folder, then again on the same one.</summary>
    private async Task<(DemoSummary First, DemoSummary Second, RecordingReporter FirstSteps, RecordingReporter SecondSteps)> RunTwiceAsync(string connector)
    {
        var first = new RecordingReporter();
        var second = new RecordingReporter();
        var run1 = await RunAsync(new DemoOptions(_data, Fresh: true, connector), first);
        var run2 = await RunAsync(new DemoOptions(_data, Fresh: false, connector), second);
        return (run1, run2, first, second);
    }

    private static async Task<DemoSummary> RunAsync(DemoOptions options, RecordingReporter reporter)
    {
        await using var demo = ConnectorDemos.Create(options.Connector);
        return await DemoScenario.RunAsync(demo, options, reporter);
    }

    /// <summary>A second run found everything in place: no failure, and the counts .ci/demo-check compares are equal.</summary>
    private static void AssertSameCounts(DemoSummary run1, DemoSummary run2)
    {
        Assert.Equal(0, run1.FailedExecutions);
        Assert.Equal((run1.Activities, run1.Notes, run1.Batches, run1.Executions, run1.FailedExecutions),
            (run2.Activities, run2.Notes, run2.Batches, run2.Executions, run2.FailedExecutions));
    }
}
