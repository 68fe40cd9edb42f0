using Twister.Hosting.Tests.Tasks.Crash;

namespace Twister.Hosting.Tests;

/// <summary>
/// The test assembly doubles as the process the kill -9 tests start and kill (<c>dotnet Twister.Hosting.Tests.dll
/// crash-host ...</c>); <c>dotnet test</c> never calls this entry point.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args)
        => args is ["crash-host", ..]
            ? CrashHostProcess.RunAsync(args[1..])
            : Task.FromResult(2);
}
