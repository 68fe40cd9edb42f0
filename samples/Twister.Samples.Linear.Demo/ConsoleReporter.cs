using Spectre.Console;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// Shows the demo on the console: a live progress bar on a terminal, one plain line per batch when the
/// output is redirected (CI logs cannot redraw a bar).
/// </summary>
public sealed class ConsoleReporter : IDemoReporter
{
    private readonly IAnsiConsole _console = AnsiConsole.Console;

    /// <summary>Creates the reporter; redirected output is not wrapped at 80 columns, so logs keep one line per step.</summary>
    public ConsoleReporter()
    {
        if (Console.IsOutputRedirected) _console.Profile.Width = 240;
    }

    /// <inheritdoc/>
    public void Step(string message) => _console.MarkupLine($"[green]>[/] {Markup.Escape(message)}");

    /// <inheritdoc/>
    public Task RunSyncAsync(int total, Func<Action<long>, Task> sync)
    {
        ArgumentNullException.ThrowIfNull(sync);
        if (!_console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var batch = 0;
            return sync(synced => _console.WriteLine($"  batch {++batch}: {synced}/{total} items synced"));
        }
        return _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Initial sync", maxValue: total);
                await sync(synced => task.Value = synced);
                task.Value = total;
            });
    }

    /// <summary>Prints the summary as a table; the lines <c>name: value</c> are what <c>.ci/demo-check</c> reads.</summary>
    /// <param name="summary">The run's summary.</param>
    public void Summary(DemoSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _console.WriteLine();
        _console.WriteLine("Summary");
        _console.WriteLine($"  activities: {summary.Activities}");
        _console.WriteLine($"  notes: {summary.Notes}");
        _console.WriteLine($"  batches: {summary.Batches}");
        _console.WriteLine($"  requests: {summary.Requests}");
        _console.WriteLine($"  executions: {summary.Executions}");
        _console.WriteLine($"  failed executions: {summary.FailedExecutions}");
        _console.WriteLine($"  duration: {summary.Duration.TotalSeconds:0.00} s");
    }
}
