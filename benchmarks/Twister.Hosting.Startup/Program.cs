using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Twister.Hosting.Benchmarks.Measurement;

// Start-up of the production sample (samples/Twister.Samples.Linear.Server) published two ways, JIT
// (framework-dependent) and NativeAOT: each run starts the executable on a fresh SQLite file and measures the
// time until GET /health answers 200 (options validated, database created, worker and endpoints up), and the
// process's resident memory then. Runs alternate between the builds, so the machine's load falls on both alike.
//   dotnet run -c Release --project benchmarks/Twister.Hosting.Startup -- [runs] [publish folder]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
var root = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(Path.GetTempPath(), "twister-startup");
var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/Twister.Samples.Linear.Server"));

var builds = new (string Name, string Folder, string[] Properties)[]
{
    ("JIT", Path.Combine(root, "jit"), ["-p:PublishAot=false", "--self-contained", "false"]),
    ("AOT", Path.Combine(root, "aot"), []),
};
foreach (var (name, folder, properties) in builds)
{
    if (File.Exists(Path.Combine(folder, "Twister.Samples.Linear.Server"))) continue;
    Console.WriteLine($"publishing {name} to {folder}");
    await RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", folder, .. properties]);
}

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
var results = builds.ToDictionary(b => b.Name, _ => new List<(double Ms, long RssKb)>());
for (var run = 0; run <= runs; run++)
{
    foreach (var (name, folder, _) in builds)
    {
        var trial = await StartOnceAsync(Path.Combine(folder, "Twister.Samples.Linear.Server"), client);
        if (run > 0) results[name].Add(trial); // run 0 warms the disk cache for both
    }
}

Console.WriteLine($"{runs} runs each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var (name, folder, _) in builds)
{
    var executable = new FileInfo(Path.Combine(folder, "Twister.Samples.Linear.Server")).Length;
    var total = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdb", StringComparison.Ordinal) && !f.EndsWith(".dbg", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"{name}: start-up median {Median.Of(results[name].Select(r => r.Ms)):0.0} ms (min {results[name].Min(r => r.Ms):0.0}, max {results[name].Max(r => r.Ms):0.0}), "
        + $"memory at start {Median.Of(results[name].Select(r => (double)r.RssKb)) / 1024:0.0} MiB, executable {executable / 1048576.0:0.0} MiB, folder without symbols {total / 1048576.0:0.0} MiB");
}
Console.WriteLine($"AOT/JIT start-up ratio: {Median.Of(results["AOT"].Select(r => r.Ms)) / Median.Of(results["JIT"].Select(r => r.Ms)):0.00}");
return 0;

static async Task<(double Ms, long RssKb)> StartOnceAsync(string executable, HttpClient client)
{
    var port = FreePort();
    var data = Directory.CreateTempSubdirectory("twister-startup-run");
    var start = new ProcessStartInfo(executable) { WorkingDirectory = Path.GetDirectoryName(executable)!, RedirectStandardOutput = true, RedirectStandardError = true };
    start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
    start.Environment["Twister__DatabasePath"] = Path.Combine(data.FullName, "twister.db");
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    var stopwatch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{port}/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    return (elapsed, ResidentKb(process.Id));
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"{executable} did not answer /health within 30 s.");
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        data.Delete(recursive: true);
    }
}

static long ResidentKb(int pid)
    => File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).Single();

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task RunAsync(string file, string[] arguments)
{
    using var process = Process.Start(new ProcessStartInfo(file, arguments))!;
    await process.WaitForExitAsync();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
}
