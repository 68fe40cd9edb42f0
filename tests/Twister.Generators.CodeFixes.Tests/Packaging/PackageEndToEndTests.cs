using System.Text.RegularExpressions;

namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// The analyzer package as a user gets it: packed into a folder feed, referenced by a fresh project
/// through PackageReference only, its diagnostics visible in <c>dotnet build</c>, and its code fixes
/// applied by <c>dotnet format analyzers</c> (which loads fixes only from a package reference). The
/// project is the fixable part of the broken sample (<c>samples/Twister.Samples.Broken/Fixable</c>, with
/// its lines of the sample's baselines and no Unshipped files), repaired by the command
/// docs/analyzers.md documents, after which it builds with warnings as errors.
/// </summary>
public sealed class PackageEndToEndTests : IDisposable
{
    private const string Namespace = "Twister.Samples.Broken.Fixable.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "twister-package-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_documented_dotnet_format_command_repairs_the_fixable_broken_sample_completely()
    {
        var repository = RepositoryRoot();
        var feed = Path.Combine(_root, "feed");
        var project = Path.Combine(_root, "Fixable");
        Directory.CreateDirectory(project);

        foreach (var packable in new[] { "src/Twister/Twister.csproj", "src/Twister.Generators/Twister.Generators.csproj" })
        {
            var (packExit, packOutput) = await DotnetProcess.RunAsync(repository, "pack", packable, "-c", "Release", "-o", feed);
            Assert.True(packExit == 0, packOutput);
        }
        var sample = Path.Combine(repository, "samples", "Twister.Samples.Broken");
        WriteProject(project, feed, sample);

        var (buildExit, buildOutput) = await DotnetProcess.RunAsync(project, "build");
        Assert.NotEqual(0, buildExit);
        var command = DocumentedCommand(repository);
        foreach (var id in command.Where(a => a.StartsWith("TWIST", StringComparison.Ordinal)))
            Assert.Matches($": (error|warning) {id}:", buildOutput);
        Assert.Contains("docs/diagnostics/TWIST0001.md", buildOutput);

        var (formatExit, formatOutput) = await DotnetProcess.RunAsync(project, command[1..]);
        Assert.True(formatExit == 0, formatOutput);
        Assert.DoesNotContain("Unable to fix", formatOutput);

        var connector = File.ReadAllText(Path.Combine(project, "TicketConnector.cs"));
        Assert.Contains("public sealed partial class PlainConnector", connector);
        Assert.Contains("HandleReplies = true", connector);
        Assert.Contains("if (!WebhookUrl.IsLocal(webhookUrl))", connector);
        Assert.Contains("await Store.ClearAsync($\"sync_state_{channel.Id}\", cancellationToken);", connector);
        Assert.Contains("int page = default, CancellationToken cancellationToken = default", connector);
        Assert.Contains("if (note.Author.Type == ActorType.Twist) return null;", connector);
        Assert.DoesNotContain("await Tools.Plot.CreateActivityAsync(new NewActivity { Source = link.Source", connector);
        Assert.Contains("[NetworkAccess(\"https://api.tickets.example/*\", \"https://uploads.tickets.example/*\")]", connector);
        var mapper = File.ReadAllText(Path.Combine(project, "TicketMapper.cs"));
        Assert.Contains("SyncProvider = \"tickets\"", mapper);
        Assert.Contains("ChannelId = channelId", mapper);
        Assert.Contains("Content = ticket.BodyHtml, ContentType = ContentType.Html", mapper);
        Assert.Contains("int Total = default", mapper);
        // Both Unshipped files did not exist: the fixes created them.
        Assert.Equal($"{Namespace}TicketConnector:OnWebhook(string channelId)\n", File.ReadAllText(Path.Combine(project, "Callbacks.Unshipped.txt")));
        Assert.Equal($"{Namespace}TicketSyncState(string cursor, int page)\n", File.ReadAllText(Path.Combine(project, "State.Unshipped.txt")));

        var (cleanExit, cleanOutput) = await DotnetProcess.RunAsync(project, "build", "-warnaserror");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.DoesNotContain("TWIST", cleanOutput);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>The <c>dotnet format analyzers</c> command of docs/analyzers.md, "Applying fixes outside the IDE", as arguments.</summary>
    private static string[] DocumentedCommand(string repository)
    {
        var docs = File.ReadAllText(Path.Combine(repository, "docs", "analyzers.md"));
        var section = docs[docs.IndexOf("## Applying fixes outside the IDE", StringComparison.Ordinal)..];
        var line = Regex.Match(section, @"^dotnet format analyzers[^\r\n]*", RegexOptions.Multiline).Value;
        Assert.False(string.IsNullOrEmpty(line), "docs/analyzers.md documents no dotnet format command");
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static void WriteProject(string project, string feed, string sample)
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
        File.WriteAllText(Path.Combine(project, "Fixable.csproj"), """
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
        foreach (var source in Directory.GetFiles(Path.Combine(sample, "Fixable"), "*.cs"))
            File.Copy(source, Path.Combine(project, Path.GetFileName(source)));
        // The sample's shipped lines that belong to this part; the Unshipped files are left for the fixes to create.
        foreach (var name in new[] { "Callbacks.Shipped.txt", "State.Shipped.txt" })
        {
            var lines = File.ReadAllLines(Path.Combine(sample, name)).Where(l => l.Replace("*RETIRED*", "").StartsWith(Namespace, StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(project, name), string.Concat(lines.Select(l => l + "\n")));
        }
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
