using Twister.Samples.Cluster;

if (!SampleOptions.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

try
{
    // Started by another run of this sample: serve its silos until standard input closes.
    if (options.Linear is { } linear)
    {
        var silos = await ClusterScenario.StartSilosAsync(options, linear, CancellationToken.None);
        Console.WriteLine($"{SiloProcesses.ReadyLine} {string.Join(' ', silos.Select(s => s.Address.AbsoluteUri))}");
        while (await Console.In.ReadLineAsync() is not null)
        {
        }
        foreach (var silo in silos) await silo.DisposeAsync();
        return 0;
    }

    var summary = await ClusterScenario.RunAsync(options, line => Console.WriteLine($"> {line}"));
    Console.WriteLine();
    Console.WriteLine("Summary");
    Console.WriteLine($"  silos: {summary.Silos} in {summary.Processes} process(es)");
    foreach (var (silo, grains) in summary.ChannelGrainsPerSilo) Console.WriteLine($"  channel grains on {silo}: {grains}");
    Console.WriteLine($"  activities: {summary.Activities}");
    Console.WriteLine($"  notes: {summary.Notes}");
    Console.WriteLine($"  batches: {summary.Batches}");
    Console.WriteLine($"  executions: {summary.Executions}");
    Console.WriteLine($"  failed executions: {summary.FailedExecutions}");
    Console.WriteLine($"  duration: {summary.Duration.TotalSeconds:0.00} s");
    return summary.FailedExecutions > 0 ? 1 : 0;
}
catch (Exception exception) // the sample's last line of defence: any failure is reported and exits non-zero
{
    await Console.Error.WriteLineAsync($"The cluster sample failed: {exception}");
    return 1;
}
