using System.Text.RegularExpressions;

namespace Twister.Templates.Tests;

/// <summary><c>dotnet new twister-connector</c> creates a connector that builds, passes its tests and runs, offline.</summary>
public sealed partial class ConnectorTemplateTests(ConnectorTemplate template) : IClassFixture<ConnectorTemplate>
{
    private const string Name = ConnectorTemplate.Name;

    [Fact]
    public void The_template_creates_the_connector_its_baselines_fake_tests_and_program_under_the_given_name()
    {
        Assert.True(template.Created.ExitCode == 0, template.Created.Output);
        string[] expected =
        [
            $"{Name}.slnx", "Directory.Build.props", "README.md",
            $"src/{Name}/{Name}.csproj", $"src/{Name}/{Name}Connector.cs", $"src/{Name}/{Name}Connector.WriteBack.cs", $"src/{Name}/Program.cs",
            $"src/{Name}/Callbacks.Shipped.txt", $"src/{Name}/Callbacks.Unshipped.txt", $"src/{Name}/State.Shipped.txt", $"src/{Name}/State.Unshipped.txt",
            $"src/{Name}/Fake/Fake{Name}Api.cs", $"src/{Name}/Fake/Fake{Name}Data.cs", $"src/{Name}/Fake/Fake{Name}Server.cs",
            $"tests/{Name}.Tests/{Name}.Tests.csproj", $"tests/{Name}.Tests/{Name}ConnectorTests.cs",
        ];
        foreach (var file in expected) Assert.True(File.Exists(Path.Combine(template.Solution, file)), $"{file} was not created");

        Assert.Equal(
            $"{Name}.{Name}Connector:OnWebhook(string channelId)\n{Name}.{Name}Connector:SyncPage(string channelId)\n",
            File.ReadAllText(Path.Combine(template.Solution, $"src/{Name}/Callbacks.Unshipped.txt")));
        var connector = File.ReadAllText(Path.Combine(template.Solution, $"src/{Name}/{Name}Connector.cs"));
        Assert.Contains($"[Connector(\"{Name.ToLowerInvariant()}\"", connector);
        Assert.Contains($"public sealed partial class {Name}Connector : Connector<{Name}Connector>", connector);
        foreach (var file in Directory.EnumerateFiles(template.Solution, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.EndsWith(".db")))
            Assert.DoesNotMatch("(?i)acme", File.ReadAllText(file) + file);
    }

    [Fact]
    public void The_created_solution_restores_offline_builds_without_warnings_and_passes_its_tests()
    {
        Assert.DoesNotContain("http", File.ReadAllText(template.NuGetConfig), StringComparison.OrdinalIgnoreCase);
        Assert.True(template.Tested.ExitCode == 0, template.Tested.Output);
        var summary = TestSummary().Match(template.Tested.Output);
        Assert.True(summary.Success, template.Tested.Output);
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.True(int.Parse(summary.Groups["passed"].Value) >= 7, template.Tested.Output);
        Assert.DoesNotContain(": warning ", template.Tested.Output);
    }

    [Fact]
    public void The_created_program_runs_the_connector_on_the_local_host_with_sqlite()
    {
        Assert.True(template.Ran.ExitCode == 0, template.Ran.Output + template.Tested.Output);
        Assert.Contains("SQLite file", template.Ran.Output);
        Assert.Contains("Plot has 60 items and 60 notes; 0 failed executions.", template.Ran.Output);
        Assert.Contains("/webhooks/", template.Ran.Output);
    }

    [Fact]
    public async Task A_framework_the_template_does_not_offer_is_refused_with_its_name()
    {
        var folder = Path.Combine(Path.GetDirectoryName(template.Solution)!, "net8");
        var (exit, output) = await template.DotnetNewAsync(Path.GetDirectoryName(template.Solution)!, "twister-connector", "-n", "Old", "-o", folder, "--Framework", "net8.0");

        Assert.NotEqual(0, exit);
        Assert.Contains("net8.0", output);
        Assert.False(Directory.Exists(Path.Combine(folder, "src")));
    }

    [GeneratedRegex(@"Passed!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+)")]
    private static partial Regex TestSummary();
}
