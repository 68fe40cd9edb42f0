using System.Diagnostics;

namespace Twister.Analyzers.Benchmarks.Build;

/// <summary>
/// The compiler server (VBCSCompiler) the benchmark's builds share, as developers' builds do by
/// default. This machine's environment sets <c>UseSharedCompilation=false</c>, so the builds ask
/// for it explicitly, under a pipe name of their own, and the benchmark stops that server (and only
/// that one, by process id) when it ends instead of leaving it to idle out.
/// </summary>
internal sealed class CompilerServer
{
    private readonly string _pipeName = "twister-analyzers-bench-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The MSBuild properties that route a build's <c>Csc</c> task to this server.</summary>
    public IEnumerable<string> BuildProperties => ["UseSharedCompilation=true", "SharedCompilationId=" + _pipeName];

    /// <summary>
    /// The processor time the server has used so far (0 before it starts): read around a build, it is the
    /// compiler's own work for that build (the <c>Csc</c> task, analyzers and generators included),
    /// which a busy machine stretches less than the wall time.
    /// </summary>
    public TimeSpan ProcessorTime()
    {
        var total = TimeSpan.Zero;
        foreach (var process in OwnProcesses())
        {
            using (process)
            {
                try
                {
                    total += process.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                    // the process has exited
                }
            }
        }
        return total;
    }

    /// <summary>Stops the server this benchmark started; returns how many processes it stopped (0: no server was used).</summary>
    public int Stop()
    {
        var stopped = 0;
        foreach (var process in OwnProcesses())
        {
            using (process)
            {
                process.Kill();
                process.WaitForExit();
                stopped++;
            }
        }
        return stopped;
    }

    /// <summary>The server processes started under this benchmark's pipe name (the caller disposes them).</summary>
    private IEnumerable<Process> OwnProcesses()
    {
        foreach (var process in Process.GetProcesses())
        {
            if (CommandLineOf(process.Id).Contains(_pipeName, StringComparison.Ordinal)) yield return process;
            else process.Dispose();
        }
    }

    private static string CommandLineOf(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return ""; // the process has exited
        }
        catch (UnauthorizedAccessException)
        {
            return ""; // another user's process: never ours
        }
    }
}
