using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Twister.Samples.Cluster;

/// <summary>
/// The other processes of a several-process run: this executable again, started with the cluster's settings
/// and the fake service's address, each running its share of the silos until its standard input closes.
/// </summary>
internal sealed class SiloProcesses : IAsyncDisposable
{
    /// <summary>What a silo process prints once its silos have joined the cluster, followed by their addresses.</summary>
    public const string ReadyLine = "silos ready:";

    private readonly List<Process> _processes = [];

    /// <summary>Starts <paramref name="count"/> processes of <paramref name="silosEach"/> silos and waits until each is ready.</summary>
    public static async Task<SiloProcesses> StartAsync(SampleOptions options, (Uri Address, string Token) linear, int count, int silosEach, CancellationToken cancellationToken)
    {
        var started = new SiloProcesses();
        try
        {
            for (var i = 0; i < count; i++) started._processes.Add(Start(options, linear, silosEach));
            foreach (var process in started._processes) started._addresses.AddRange(await WaitReadyAsync(process, cancellationToken));
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
        return started;
    }

    /// <summary>Where the silos of the other processes listen (their webhook endpoints).</summary>
    public IReadOnlyList<Uri> Addresses => _addresses;

    private readonly List<Uri> _addresses = [];

    private static Process Start(SampleOptions options, (Uri Address, string Token) linear, int silos)
    {
        var start = new ProcessStartInfo { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        // Run the same program: its apphost, or its dll through the dotnet host that runs this one.
        var host = Environment.ProcessPath!;
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[]
                 {
                     "--postgres", options.PostgreSql, "--silos", silos.ToString(CultureInfo.InvariantCulture), "--cluster", options.ClusterId,
                     "--linear", linear.Address.AbsoluteUri, "--linear-token", linear.Token,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start a silo process ({host}).");
    }

    private static async Task<IEnumerable<Uri>> WaitReadyAsync(Process process, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(ReadyLine, StringComparison.Ordinal)) return line[ReadyLine.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => new Uri(a));
        }
        throw new InvalidOperationException($"Silo process {process.Id} exited (code {(process.HasExited ? process.ExitCode : -1)}) before its silos were ready.");
    }

    /// <summary>Closes each process's standard input (it then stops its silos gracefully) and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.StandardInput.Close();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
            {
                process.Kill(entireProcessTree: true);
            }
            process.Dispose();
        }
    }
}
