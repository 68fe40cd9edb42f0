using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Twister.Hosting.Benchmarks.Comparison;

/// <summary>
/// Runs each measured trial in a fresh child process (this same program with <c>--trial</c>), so its
/// working set starts from a new process rather than from what earlier trials left resident (the
/// runtime and SQLite keep freed memory mapped, which hid any growth when trials shared a process).
/// </summary>
internal static class TrialProcess
{
    /// <summary>The option that makes this program run one trial and print it as JSON.</summary>
    public const string TrialOption = "--trial";

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>Runs a warm-up and one trial in a child process and reads its result.</summary>
    /// <exception cref="InvalidOperationException">The child failed.</exception>
    public static async Task<ComparisonResult> RunAsync(TrialSettings trial, int warmupItems, string root, bool keepFiles, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet x.dll` the process is the muxer: hand it the program's assembly first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(TrialProcess).Assembly.Location);
        foreach (var argument in new[] { TrialOption, JsonSerializer.Serialize(trial, Json), Invariant(warmupItems), root, keepFiles ? "keep" : "delete" })
            start.ArgumentList.Add(argument);

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The trial process did not start.");
        var output = await child.StandardOutput.ReadToEndAsync(cancellationToken);
        await child.WaitForExitAsync(cancellationToken);
        if (child.ExitCode != 0) throw new InvalidOperationException($"The {trial.Items:N0}-item trial process failed (exit code {child.ExitCode}).");
        return JsonSerializer.Deserialize<ComparisonResult>(output.Trim().Split('\n')[^1], Json)
               ?? throw new InvalidOperationException("The trial process printed no result.");
    }

    /// <summary>
    /// The child's side, for arguments as <see cref="RunAsync"/> passes them: a discarded warm-up, then the
    /// trial, printed as one JSON line.
    /// </summary>
    public static async Task RunChildAsync(IReadOnlyList<string> args)
    {
        var trial = JsonSerializer.Deserialize<TrialSettings>(args[1], Json)!;
        var warmupItems = int.Parse(args[2], CultureInfo.InvariantCulture);
        var root = args[3];
        var keepFiles = args[4] == "keep";
        await SyncComparison.RunAsync(trial with { Items = warmupItems }, root, keepFiles, CancellationToken.None);
        var result = await SyncComparison.RunAsync(trial, root, keepFiles, CancellationToken.None);
        Console.WriteLine(JsonSerializer.Serialize(result, Json));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
