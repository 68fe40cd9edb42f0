using System.Reflection;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>The generated link type helpers and manifest entries, compiled and executed.</summary>
public sealed class LinkTypeTests
{
    private const string ConnectorWithLinkType = TestSources.Usings + """
        namespace Sample.Links;

        [Connector("links", LinkTypes = [typeof(IssueStatus)])]
        public sealed partial class LinkConnector : Connector<LinkConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var (output, _) = GeneratorHarness.Run(TestCompilation.Create(TestSources.LinkType, ConnectorWithLinkType), new ConnectorGenerator(), new LinkTypeGenerator());
        return GeneratorHarness.EmitAndLoad(output);
    });

    [Fact]
    public void The_config_lists_every_status_with_its_flags()
    {
        var config = (LinkTypeConfig)Helper().GetProperty("Config")!.GetValue(null)!;

        Assert.Equal(("issue", "Issue"), (config.Type, config.Label));
        Assert.Equal(
            [new LinkStatus("backlog", "Backlog"), new LinkStatus("unstarted", "To Do", Todo: true, CreateDefault: true), new LinkStatus("completed", "Done", Done: true, Tag: Tag.Done)],
            config.Statuses);
        Assert.Equal("unstarted", config.CreateDefault?.Status);
    }

    [Fact]
    public void Statuses_convert_both_ways()
    {
        var status = Compiled.Value.GetType("Sample.Links.IssueStatus", throwOnError: true)!;
        var completed = Enum.Parse(status, "Completed");

        Assert.Equal("completed", Helper().GetMethod("ToStatus")!.Invoke(null, [completed]));
        Assert.Equal(completed, Helper().GetMethod("FromStatus")!.Invoke(null, ["completed"]));
        var arguments = new object?[] { "unknown", null };
        Assert.Equal(false, Helper().GetMethod("TryParseStatus")!.Invoke(null, arguments));
        var error = Assert.Throws<TargetInvocationException>(() => Helper().GetMethod("FromStatus")!.Invoke(null, ["unknown"]));
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Fact]
    public void The_connector_manifest_carries_its_link_types()
    {
        var descriptor = (Runtime.ConnectorDescriptor)Compiled.Value.GetType("Sample.Links.LinkConnector", throwOnError: true)!.GetProperty("Descriptor")!.GetValue(null)!;

        var linkType = Assert.Single(descriptor.Manifest.LinkTypes);
        Assert.Equal(["backlog", "unstarted", "completed"], linkType.Statuses.Select(s => s.Status));
        Assert.False(descriptor.Manifest.HandleReplies);
        Assert.Empty(descriptor.Manifest.Callbacks);
    }

    [Fact]
    public void A_link_type_from_a_referenced_assembly_is_spelled_out_in_the_manifest()
    {
        // The enum's assembly was built without the generators, so no IssueStatusLinkType exists to refer to.
        var library = TestCompilation.Create(TestSources.LinkType);
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var reference = Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());
        var (output, files) = GeneratorHarness.Run(TestCompilation.Create(ConnectorWithLinkType).AddReferences(reference), new ConnectorGenerator(), new LinkTypeGenerator());

        Assert.DoesNotContain("IssueStatusLinkType", Assert.Single(files.Values), StringComparison.Ordinal);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, TestCompilation.Describe(problems));
        var config = ParsedManifestLinkType(Assert.Single(files.Values));
        Assert.Contains("new global::Twister.LinkStatus(\"unstarted\", \"To Do\", Todo: true, Done: false, Tag: global::Twister.Tag.None, CreateDefault: true),", config, StringComparison.Ordinal);
    }

    private static string ParsedManifestLinkType(string generated)
    {
        var start = generated.IndexOf("LinkTypes:", StringComparison.Ordinal);
        return generated[start..generated.IndexOf("Callbacks:", start, StringComparison.Ordinal)];
    }

    private static Type Helper() => Compiled.Value.GetType("Sample.Links.IssueStatusLinkType", throwOnError: true)!;
}
