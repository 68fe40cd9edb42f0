using System.Reflection;
using System.Text;
using Twister.Runtime;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Generated factories take the most restrictive accessibility of the connector and their signature's
/// types: connectors whose callbacks and stored state use internal or privately nested types compile,
/// and their generated code runs.
/// </summary>
public sealed class AccessibilityTests
{
    private const string Members = """
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private async Task Resume(SyncCursor cursor, CancellationToken ct)
                => await Store.SetAsync("cursor", cursor with { Page = cursor.Page + 1 }, ct);

            [Callback]
            private async Task Tag(List<Label> labels, string channelId, CancellationToken ct)
                => await Store.SetAsync("labels", labels, ct);

            [Callback]
            private async Task Receive([FromInvocation] Payload payload, string channelId, CancellationToken ct)
                => await Store.SetAsync("received", payload.Text + " " + channelId, ct);

            [Callback]
            private async Task Count(int value, CancellationToken ct) => await Store.SetAsync("count", value, ct);

        """;

    private const string PublicConnectorWithInternalTypes = TestSources.Usings + """
        namespace Sample.Access;

        internal sealed record SyncCursor(string ChannelId, int Page);
        internal enum Label { Bug, Feature }
        internal sealed record Payload(string Text);

        [Connector("public-internal")]
        public sealed partial class AccessConnector : Connector<AccessConnector>
        {
        """ + Members + """
        }
        """;

    private const string InternalConnectorWithMixedTypes = TestSources.Usings + """
        namespace Sample.Access;

        public sealed record SyncCursor(string ChannelId, int Page);
        internal enum Label { Bug, Feature }
        public sealed record Payload(string Text);

        [Connector("internal-mixed")]
        internal sealed partial class AccessConnector : Connector<AccessConnector>
        {
        """ + Members + """
        }
        """;

    private const string PublicConnectorWithPrivateNestedTypes = TestSources.Usings + """
        namespace Sample.Access;

        [Connector("private-nested")]
        public sealed partial class AccessConnector : Connector<AccessConnector>
        {
            private sealed record SyncCursor(string ChannelId, int Page);
            private enum Label { Bug, Feature }
            private sealed record Payload(string Text);

            [Callback]
            private async Task Start(string channelId, CancellationToken ct)
            {
                // The connector names its privately typed factory itself, as real connector code does.
                var next = Callbacks.Resume(new SyncCursor(channelId, 1));
                await Store.SetAsync("next", Encoding.UTF8.GetString(next.Arguments.Span), ct);
            }

        """ + Members + """
        }
        """;

    [Fact]
    public async Task A_public_connector_with_internal_callback_types_compiles_and_runs()
    {
        var connector = CompiledConnector.Build(PublicConnectorWithInternalTypes, "Sample.Access.AccessConnector");

        Assert.True(connector.Type.GetNestedType("Callbacks")!.IsNestedPublic);
        Assert.True(connector.Factory("Count").IsPublic);
        Assert.True(connector.Factory("Resume").IsAssembly);
        Assert.True(connector.Factory("Tag").IsAssembly);
        Assert.True(connector.Factory("Receive").IsAssembly);
        await AssertRuns(connector);
    }

    [Fact]
    public async Task An_internal_connector_has_internal_factories_and_runs()
    {
        var connector = CompiledConnector.Build(InternalConnectorWithMixedTypes, "Sample.Access.AccessConnector");

        Assert.True(connector.Factory("Count").IsAssembly);
        Assert.True(connector.Factory("Resume").IsAssembly);
        Assert.True(connector.Factory("Tag").IsAssembly);
        await AssertRuns(connector);
    }

    [Fact]
    public async Task Factories_of_privately_nested_types_live_in_a_private_class_the_connector_can_call()
    {
        var connector = CompiledConnector.Build(PublicConnectorWithPrivateNestedTypes.Replace("using Twister;", "using System.Text;\nusing Twister;", StringComparison.Ordinal), "Sample.Access.AccessConnector");
        var runtime = connector.NewRuntime();

        Assert.True(connector.Type.GetNestedType("Callbacks", BindingFlags.NonPublic)!.IsNestedPrivate);
        Assert.True(connector.Factory("Start").IsPublic);
        Assert.True(connector.Factory("Resume").IsAssembly);
        Assert.True(connector.Factory("Receive").IsAssembly);

        await runtime.InvokeAsync("Start", """["c-1"]""");
        var next = runtime.Json("next");
        Assert.Equal("\"[{\\u0022channelId\\u0022:\\u0022c-1\\u0022,\\u0022page\\u0022:1}]\"", next);
        await runtime.InvokeAsync("Resume", """[{"channelId":"c-1","page":1}]""");
        await runtime.InvokeAsync("Tag", """[["Feature"],"c-1"]""");

        Assert.Equal("""{"channelId":"c-1","page":2}""", runtime.Json("cursor"));
        Assert.Equal("""["Feature"]""", runtime.Json("labels"));
    }

    /// <summary>Creates callbacks through the generated factories and runs them through the dispatcher.</summary>
    private static async Task AssertRuns(CompiledConnector connector)
    {
        var assembly = connector.Assembly;
        var cursor = Activator.CreateInstance(assembly.GetType("Sample.Access.SyncCursor")!, "c-1", 3)!;
        var labels = Activator.CreateInstance(typeof(List<>).MakeGenericType(assembly.GetType("Sample.Access.Label")!))!;
        ((System.Collections.IList)labels).Add(Enum.Parse(assembly.GetType("Sample.Access.Label")!, "Bug"));
        var runtime = connector.NewRuntime();

        foreach (var callback in new[] { connector.CreateCallback("Resume", cursor), connector.CreateCallback("Tag", labels, "c-1"), connector.CreateCallback("Count", 7) }.Cast<Callback>())
        {
            await runtime.InvokeAsync(callback.Key, callback.Arguments);
        }

        Assert.Equal("""{"channelId":"c-1","page":4}""", runtime.Json("cursor"));
        Assert.Equal("""["Bug"]""", runtime.Json("labels"));
        Assert.Equal("7", runtime.Json("count"));

        // Callback<Payload> cannot be named here when Payload is internal to the compiled assembly.
        var payloadType = assembly.GetType("Sample.Access.Payload")!;
        Assert.Equal(payloadType, connector.CreateCallback("Receive", "c-1").GetType().GetGenericArguments().Single());
        await runtime.InvokeAsync("Receive", """["c-1"]""", Activator.CreateInstance(payloadType, "hello"));
        Assert.Equal("\"hello c-1\"", runtime.Json("received"));
    }
}
