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
[Collection(PackedFeedCollection.Name)]
public sealed class PackageEndToEndTests(PackedFeed packages)
{
    private const string Namespace = "Twister.Samples.Broken.Fixable.";

    [Fact]
    public async Task The_documented_dotnet_format_command_repairs_the_fixable_broken_sample_completely()
    {
        var project = packages.NewProjectFolder("Fixable");
        var sample = Path.Combine(packages.Repository, "samples", "Twister.Samples.Broken");
        WriteProject(project, sample);

        var (buildExit, buildOutput) = await ExternalProcess.DotnetAsync(project, "build");
        Assert.NotEqual(0, buildExit);
        var command = DocumentedCommand(packages.Repository);
        foreach (var id in command.Where(a => a.StartsWith("TWIST", StringComparison.Ordinal)))
            Assert.Matches($": (error|warning) {id}:", buildOutput);
        Assert.Contains("docs/diagnostics/TWIST0001.md", buildOutput);

        var (formatExit, formatOutput) = await ExternalProcess.DotnetAsync(project, command[1..]);
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

        var (cleanExit, cleanOutput) = await ExternalProcess.DotnetAsync(project, "build", "-warnaserror");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.DoesNotContain("TWIST", cleanOutput);
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

    private static void WriteProject(string project, string sample)
    {
        File.WriteAllText(Path.Combine(project, "Fixable.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Twister.Generators" Version="{PackedFeed.Version}" />
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
}
