using Microsoft.CodeAnalysis.Testing;
using Twister.Generators.Analyzers.Network;
using Twister.Generators.CodeFixes.Network;
using Test = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Network.NetworkAllowlistAnalyzer, Twister.Generators.CodeFixes.Network.AddNetworkAccessPatternCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Network;

public sealed class AddNetworkAccessPatternCodeFixTests
{
    private const string Members = """
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

            [Callback]
            private async Task SyncBatch(string channelId, CancellationToken ct)
            {
                await Tools.Network.Http.GetStringAsync({|TWIST4008:"https://uploads.example.com/a"|}, ct);
                await Tools.Network.Http.GetStringAsync({|TWIST4008:$"https://uploads.example.com/b/{channelId}"|}, ct);
                await Tools.Network.Http.GetStringAsync({|TWIST4008:"https://cdn.example.com/c"|}, ct);
            }
        """;

    private static string Fixed => Members.Replace("{|TWIST4008:", "").Replace("|}", "");

    private static string OwnClient(string members)
        => members.Replace("Tools.Network.Http.", "Http.") + "\n    private static readonly System.Net.Http.HttpClient Http = new();";

    [Fact]
    public Task Adds_each_origin_once_to_the_existing_attribute()
        => new Test
        {
            TestCode = Test.WithHooks(Members, attributes: "[NetworkAccess(\"https://api.example.com/*\")]"),
            FixedCode = Test.WithHooks(Fixed, attributes: "[NetworkAccess(\"https://api.example.com/*\", \"https://uploads.example.com/*\", \"https://cdn.example.com/*\")]"),
            RunGenerators = true,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
            NumberOfIncrementalIterations = 2,
        }.RunAsync();

    [Fact]
    public Task Adds_the_attribute_to_a_connector_without_one()
        => new Test
        {
            // Without [NetworkAccess] the generated Tools has no Network: the connector brings its own client.
            TestCode = Test.WithHooks(OwnClient(Members)),
            FixedCode = Test.WithHooks(OwnClient(Fixed)).Replace("[Connector(\"linear\")]\n", "[Connector(\"linear\")]\n[NetworkAccess(\"https://uploads.example.com/*\", \"https://cdn.example.com/*\")]"),
            RunGenerators = true,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
            NumberOfIncrementalIterations = 2,
        }.RunAsync();
}
