using Twister.Samples.Linear.Demo;

namespace Twister.Samples.Linear.Tests.Demo;

// Not in parallel with the other classes: the demo's progress listens to the host's meter, which is
// process-wide, so other tests' upserts would show in it.
[Collection(nameof(DemoScenarioTests))]
[CollectionDefinition(nameof(DemoScenarioTests), DisableParallelization = true)]
public sealed class DemoScenarioTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "twister-demo-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_demo_runs_twice_on_one_folder_with_the_same_counts()
    {
        var first = new RecordingReporter();
        var second = new RecordingReporter();

        var run1 = await DemoScenario.RunAsync(new DemoOptions(_data, Fresh: true), first);
        var run2 = await DemoScenario.RunAsync(new DemoOptions(_data, Fresh: false), second);

        const int issues = DemoScenario.Teams * DemoScenario.IssuesPerTeam;
        Assert.Equal(issues, run1.Activities);
        Assert.Equal(issues + 1, run1.Notes); // a description per issue and the written-back note
        Assert.Equal(issues / 50, run1.Batches);
        Assert.Equal(0, run1.FailedExecutions);
        Assert.Equal((run1.Activities, run1.Notes, run1.Batches, run1.Executions, run1.FailedExecutions),
            (run2.Activities, run2.Notes, run2.Batches, run2.Executions, run2.FailedExecutions));
        Assert.True(File.Exists(Path.Combine(_data, "twister.db")));
        Assert.Equal(issues, first.Progress[^1]);
        Assert.Equal(issues, second.Progress[^1]); // progress counts this run's upserts, not what Plot already had
        Assert.Contains(first.Steps, s => s.Contains(DemoScenario.EditedTitle, StringComparison.Ordinal));
        Assert.Contains(first.Steps, s => s.Contains(DemoScenario.NoteText, StringComparison.Ordinal));
    }

    [Fact]
    public void The_options_parse_data_and_fresh_and_reject_anything_else()
    {
        Assert.True(DemoOptions.TryParse(["--data", "x", "--fresh"], out var options, out _));
        Assert.Equal(Path.GetFullPath("x"), options.DataDirectory);
        Assert.True(options.Fresh);
        Assert.True(DemoOptions.TryParse([], out var defaults, out _));
        Assert.Equal(Path.GetFullPath(DemoOptions.DefaultDataDirectory), defaults.DataDirectory);
        Assert.False(defaults.Fresh);
        Assert.False(DemoOptions.TryParse(["--data"], out _, out var error));
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }
}
