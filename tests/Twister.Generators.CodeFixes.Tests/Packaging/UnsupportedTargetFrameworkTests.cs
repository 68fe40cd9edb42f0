namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>
/// A project on a framework older than net10.0 that references a Twister package stops with the
/// package's own error (buildTransitive/&lt;PackageId&gt;.targets), naming the package and the supported
/// framework, before restore rejects the package (NU1202) or compilation fails on a missing namespace.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class UnsupportedTargetFrameworkTests(PackedFeed packages)
{
    [Theory]
    [InlineData("Twister.Generators", "net8.0")]
    [InlineData("Twister.Generators", "netstandard2.0")]
    [InlineData("Twister", "net8.0")]
    [InlineData("Twister.Hosting", "net8.0")]
    [InlineData("Twister.Testing", "net9.0")]
    public async Task Build_fails_with_our_message_naming_the_package_and_net10(string packageId, string targetFramework)
    {
        var project = packages.NewProjectFolder($"Consumer-{packageId}-{targetFramework}");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{PackedFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        // Code that needs the runtime: without the check, this would fail to compile on the namespace.
        File.WriteAllText(Path.Combine(project, "Uses.cs"), """
            namespace Consumer
            {
                [Twister.Connector("sample")]
                public sealed class Uses { }
            }
            """);

        var (exit, output) = await ExternalProcess.DotnetAsync(project, "build");

        Assert.NotEqual(0, exit);
        Assert.Contains($"error : {packageId} supports projects that target net10.0 or later; Consumer targets {targetFramework}.", output);
        Assert.DoesNotContain("NU1202", output);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public async Task A_net10_project_passes_the_check()
    {
        var project = packages.NewProjectFolder("Consumer-net10.0");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Twister.Testing" Version="{PackedFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Uses.cs"), "namespace Consumer { public sealed class Uses { public Twister.ActivityType Type { get; set; } } }");

        var (exit, output) = await ExternalProcess.DotnetAsync(project, "build");

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("supports projects that target", output);
    }
}
