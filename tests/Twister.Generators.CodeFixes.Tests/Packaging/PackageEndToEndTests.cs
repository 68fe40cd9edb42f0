namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// The analyzer package as a user gets it: packed into a folder feed, referenced by a fresh project
/// through PackageReference only, its diagnostics visible in <c>dotnet build</c>, and its code fixes
/// applied by <c>dotnet format analyzers</c> (which loads fixes only from a package reference).
/// </summary>
public sealed class PackageEndToEndTests : IDisposable
{
    private static readonly string[] FixableIds = ["TWIST0001", "TWIST1003", "TWIST1007", "TWIST2003", "TWIST2004", "TWIST3001"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "twister-package-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_fresh_project_sees_the_diagnostics_and_dotnet_format_repairs_the_connector()
    {
        var repository = RepositoryRoot();
        var feed = Path.Combine(_root, "feed");
        var project = Path.Combine(_root, "Broken");
        Directory.CreateDirectory(project);

        foreach (var packable in new[] { "src/Twister/Twister.csproj", "src/Twister.Generators/Twister.Generators.csproj" })
        {
            var (packExit, packOutput) = await DotnetProcess.RunAsync(repository, "pack", packable, "-c", "Release", "-o", feed);
            Assert.True(packExit == 0, packOutput);
        }
        WriteProject(project, feed);

        var (buildExit, buildOutput) = await DotnetProcess.RunAsync(project, "build");
        Assert.NotEqual(0, buildExit);
        foreach (var id in new[] { "TWIST0001", "TWIST1007", "TWIST2003", "TWIST2004", "TWIST3001" })
            Assert.Contains($": {(id == "TWIST3001" ? "warning" : "error")} {id}:", buildOutput);
        Assert.Contains("docs/diagnostics/TWIST0001.md", buildOutput);

        var (formatExit, formatOutput) = await DotnetProcess.RunAsync(project, ["format", "analyzers", "--severity", "info", "--diagnostics", .. FixableIds]);
        Assert.True(formatExit == 0, formatOutput);

        var fixedSource = File.ReadAllText(Path.Combine(project, "IssueConnector.cs"));
        Assert.Contains("public sealed partial class IssueConnector", fixedSource);
        Assert.Contains("int page = default", fixedSource);
        Assert.Contains("Meta = new ActivityMeta { SyncProvider = \"linear\", ChannelId = channelId }", fixedSource);
        Assert.Contains("Content = html, ContentType = ContentType.Html", fixedSource);
        Assert.Equal("Broken.IssueConnector:Refresh(string channelId)\n", File.ReadAllText(Path.Combine(project, "Callbacks.Unshipped.txt")));

        var (cleanExit, cleanOutput) = await DotnetProcess.RunAsync(project, "build", "-warnaserror");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.DoesNotContain("TWIST", cleanOutput);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static void WriteProject(string project, string feed)
    {
        // A private packages folder: a re-packed 0.1.0 is never served from a stale global cache.
        File.WriteAllText(Path.Combine(project, "..", "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="packages" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Broken.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Twister.Generators" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Callbacks.Shipped.txt"), "Broken.IssueConnector:SyncBatch(string channelId)\n");
        File.WriteAllText(Path.Combine(project, "Callbacks.Unshipped.txt"), "");
        File.WriteAllText(Path.Combine(project, "IssueConnector.cs"), """
            using System.Text.RegularExpressions;
            using Twister;

            namespace Broken;

            [Connector("linear")]
            public sealed class IssueConnector : Connector<IssueConnector>
            {
                public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                    => Task.FromResult<IReadOnlyList<Channel>>([]);

                public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

                [Callback]
                private Task SyncBatch(string channelId, int page) => Task.CompletedTask;

                [Callback]
                private Task Refresh(string channelId) => Task.CompletedTask;

                internal static NewActivity ToActivity(string id, string html, string channelId) => new NewActivity
                {
                    Source = "linear:issue:" + id,
                    Notes = [new NewNote { Content = Regex.Replace(html, "<[^>]+>", ""), ContentType = ContentType.Text }],
                };
            }
            """);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Twister.Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Twister.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
