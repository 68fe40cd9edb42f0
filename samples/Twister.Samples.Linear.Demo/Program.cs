using Twister.Samples.Linear.Demo;

if (!DemoOptions.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync("Run with --help to see the options and the connectors.");
    return 2;
}
if (options.Help)
{
    Console.Write(DemoOptions.HelpText);
    return 0;
}

var reporter = new ConsoleReporter();
try
{
    await using var connector = ConnectorDemos.Create(options.Connector);
    var summary = await DemoScenario.RunAsync(connector, options, reporter);
    reporter.Summary(summary);
    if (options.Dashboard) await DemoDashboard.ServeAsync(connector, options);
    if (summary.FailedExecutions > 0)
    {
        await Console.Error.WriteLineAsync($"{summary.FailedExecutions} execution(s) failed: see the executions table in {options.DataDirectory}.");
        return 1;
    }
    return 0;
}
catch (Exception exception) // the demo's last line of defence: any failure is reported and exits non-zero
{
    await Console.Error.WriteLineAsync($"The demo failed: {exception}");
    return 1;
}
