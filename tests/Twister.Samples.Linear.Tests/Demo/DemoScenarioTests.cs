using Twister.Samples.Linear.Demo;
using Twister.Samples.Linear.Demo.Jira;
using Twister.Samples.Linear.Demo.Linear;

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
        Assert.Contains("linear, jira", error, StringComparison.Ordinal);
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
