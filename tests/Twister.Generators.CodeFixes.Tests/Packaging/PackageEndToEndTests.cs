namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// The analyzer package as a user gets it: packed into a folder feed, referenced by a fresh project
/// through PackageReference only, its diagnostics visible in <c>dotnet build</c>, and its code fixes
/// applied by <c>dotnet format analyzers</c> (which loads fixes only from a package reference).
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageEndToEndTests(PackedFeed packages)
{
    private static readonly string[] FixableIds = ["TWIST0001", "TWIST1003", "TWIST1007", "TWIST2003", "TWIST2004", "TWIST3001"];

    [Fact]
    public async Task A_fresh_project_sees_the_diagnostics_and_dotnet_format_repairs_the_connector()
    {
        var project = packages.NewProjectFolder("Broken");
        WriteProject(project);

        var (buildExit, buildOutput) = await ExternalProcess.DotnetAsync(project, "build");
        Assert.NotEqual(0, buildExit);
        foreach (var id in new[] { "TWIST0001", "TWIST1007", "TWIST2003", "TWIST2004", "TWIST3001" })
            Assert.Contains($": {(id == "TWIST3001" ? "warning" : "error")} {id}:", buildOutput);
        Assert.Contains("docs/diagnostics/TWIST0001.md", buildOutput);

        var (formatExit, formatOutput) = await ExternalProcess.DotnetAsync(project, ["format", "analyzers", "--severity", "info", "--diagnostics", .. FixableIds]);
        Assert.True(formatExit == 0, formatOutput);

        var fixedSource = File.ReadAllText(Path.Combine(project, "IssueConnector.cs"));
        Assert.Contains("public sealed partial class IssueConnector", fixedSource);
        Assert.Contains("int page = default", fixedSource);
        Assert.Contains("Meta = new ActivityMeta { SyncProvider = \"linear\", ChannelId = channelId }", fixedSource);
        Assert.Contains("Content = html, ContentType = ContentType.Html", fixedSource);
        Assert.Equal("Broken.IssueConnector:Refresh(string channelId)\n", File.ReadAllText(Path.Combine(project, "Callbacks.Unshipped.txt")));

        var (cleanExit, cleanOutput) = await ExternalProcess.DotnetAsync(project, "build", "-warnaserror");
        Assert.True(cleanExit == 0, cleanOutput);
        Assert.DoesNotContain("TWIST", cleanOutput);
    }

    private static void WriteProject(string project)
    {
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
}
