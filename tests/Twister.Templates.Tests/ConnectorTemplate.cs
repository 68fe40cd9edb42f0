using Twister.Generators.CodeFixes.Tests.Packaging;

namespace Twister.Templates.Tests;

/// <summary>
/// The template as a user meets it, done once for the tests: the repository's packages and the template package
/// packed into a folder feed, the template installed into a private hive, a connector named <see cref="Name"/>
/// created from it, then built and tested offline (a nuget.config whose only sources are that feed, for the
/// Twister packages, and the machine's global packages folder, for the others) and run once.
/// </summary>
public sealed class ConnectorTemplate : IAsyncLifetime
{
    /// <summary>The connector's name (<c>dotnet new twister-connector -n Contoso</c>).</summary>
    public const string Name = "Contoso";

    private readonly PackedFeed _packages = new();

    /// <summary>The created solution's folder.</summary>
    public string Solution => Path.Combine(_packages.Root, "offline", Name);

    /// <summary>The hive the template is installed in.</summary>
    public string Hive => Path.Combine(_packages.Root, "hive");

    /// <summary>The offline nuget.config above the solution.</summary>
    public string NuGetConfig => Path.Combine(_packages.Root, "offline", "nuget.config");

    /// <summary>What <c>dotnet new twister-connector</c> answered.</summary>
    public (int ExitCode, string Output) Created { get; private set; }

    /// <summary>What <c>dotnet test</c> in the solution's folder answered.</summary>
    public (int ExitCode, string Output) Tested { get; private set; }

    /// <summary>What <c>dotnet run --project src/Contoso</c> answered.</summary>
    public (int ExitCode, string Output) Ran { get; private set; }

    /// <summary>Creates from the template installed in the private hive, without looking for updates (offline).</summary>
    public Task<(int ExitCode, string Output)> DotnetNewAsync(string workingDirectory, params string[] arguments)
        => ExternalProcess.DotnetAsync(workingDirectory, ["new", .. arguments, "--debug:custom-hive", Hive, "--no-update-check"]);

    public async Task InitializeAsync()
    {
        await _packages.InitializeAsync();
        await _packages.PackAsync(["Twister.Templates"]);
        var offline = Path.GetDirectoryName(NuGetConfig)!;
        Directory.CreateDirectory(offline);
        await File.WriteAllTextAsync(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="packages" /></config>
              <packageSources>
                <clear />
                <add key="twister" value="{_packages.Feed}" />
                <add key="machine" value="{await GlobalPackagesFolderAsync()}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="twister"><package pattern="Twister" /><package pattern="Twister.*" /></packageSource>
                <packageSource key="machine"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        var installed = await ExternalProcess.DotnetAsync(offline, "new", "install", _packages.PackagePath("Twister.Templates"), "--debug:custom-hive", Hive);
        if (installed.ExitCode != 0) throw new InvalidOperationException("dotnet new install failed:\n" + installed.Output);
        Created = await DotnetNewAsync(offline, "twister-connector", "-n", Name, "-o", Solution);
        if (Created.ExitCode != 0) return;
        Tested = await ExternalProcess.DotnetAsync(Solution, "test");
        if (Tested.ExitCode != 0) return;
        Ran = await ExternalProcess.DotnetAsync(Solution, "run", "--no-build", "--project", $"src/{Name}", "--", Path.Combine(Solution, "run.db"));
    }

    public Task DisposeAsync() => _packages.DisposeAsync();

    /// <summary>The machine's global packages folder: every third-party package the repository restored, read as a local feed.</summary>
    private static async Task<string> GlobalPackagesFolderAsync()
    {
        var (exit, output) = await ExternalProcess.DotnetAsync(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list");
        const string Prefix = "global-packages:";
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return exit == 0 && line is not null ? line[Prefix.Length..].Trim() : throw new InvalidOperationException("dotnet nuget locals failed:\n" + output);
    }
}
