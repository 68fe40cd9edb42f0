using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>What the generators emit for the Linear sample: complete, and free of reflection.</summary>
public sealed class SampleGeneratedCodeTests
{
    [Fact]
    public void The_sample_gets_its_connector_and_link_type_files()
    {
        var files = Generate();

        Assert.Equal(["Twister.Samples.Linear.IssueConnector.g.cs", "Twister.Samples.Linear.Sync.IssueStatusLinkType.g.cs"], files.Keys.Order(StringComparer.Ordinal));
        var connector = files["Twister.Samples.Linear.IssueConnector.g.cs"];
        Assert.Contains("typeof(global::Twister.Samples.Linear.Sync.SyncState)", connector, StringComparison.Ordinal);
        Assert.Contains("public static global::Twister.Callback SyncBatch(string channelId)", connector, StringComparison.Ordinal);
        Assert.Contains("public static global::Twister.Callback<global::Twister.WebhookRequest> OnWebhook(string channelId)", connector, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.Reflection")]
    [InlineData("Activator")]
    [InlineData("dynamic")]
    [InlineData("GetType(")]
    public void Generated_code_uses_no_reflection(string forbidden)
    {
        foreach (var (name, text) in Generate())
            Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{name} contains {forbidden}");
    }

    private static IReadOnlyDictionary<string, string> Generate()
        => GeneratorHarness.Run(TestCompilation.Create(SampleSources.Read()), new ConnectorGenerator(), new LinkTypeGenerator()).Files;
}
