using System.Text;
using Twister.Runtime;

namespace Twister.Generators.Tests.Generators;

/// <summary>The generated callback registry, compiled and executed: factories, dispatch and versioning.</summary>
public sealed class CallbackDispatchTests
{
    private static readonly Lazy<CompiledConnector> VersionOne = new(() => CompiledConnector.Build(TestSources.VersionOne, "Sample.Versions.VersionedConnector"));
    private static readonly Lazy<CompiledConnector> VersionTwo = new(() => CompiledConnector.Build(TestSources.VersionTwo, "Sample.Versions.VersionedConnector"));

    [Fact]
    public async Task A_factory_round_trips_through_the_dispatcher()
    {
        var connector = VersionTwo.Value;
        var callback = (Callback)connector.CreateCallback("SyncTeam", "team-1", 4, null, "urgent");
        Assert.Equal("sync", callback.Key);
        Assert.Equal("""["team-1",4,null,"urgent"]""", Encoding.UTF8.GetString(callback.Arguments.Span));

        var runtime = connector.NewRuntime();
        await runtime.InvokeAsync(callback.Key, callback.Arguments);
        Assert.Equal("\"v2 team-1 4  urgent\"", runtime.Json("called"));
    }

    [Fact]
    public async Task Arguments_written_by_version_one_run_on_version_two_with_declared_defaults()
    {
        var legacy = (Callback)VersionOne.Value.CreateCallback("Sync", "team-1", 2);
        var runtime = VersionTwo.Value.NewRuntime();

        await runtime.InvokeAsync(legacy.Key, legacy.Arguments);

        Assert.Equal("\"v2 team-1 2 High none\"", runtime.Json("called"));
    }

    [Fact]
    public async Task Extra_trailing_arguments_from_a_newer_version_are_ignored()
    {
        var runtime = VersionOne.Value.NewRuntime();

        await runtime.InvokeAsync("sync", """["team-1",5,"Low","label",{"future":[1,2]}]""");

        Assert.Equal("\"v1 team-1 5\"", runtime.Json("called"));
    }

    [Fact]
    public async Task A_stored_argument_of_the_wrong_type_fails_with_key_and_index()
    {
        var runtime = VersionTwo.Value.NewRuntime();

        var error = await Assert.ThrowsAsync<CallbackArgumentException>(() => runtime.InvokeAsync("sync", """["team-1","not a number"]"""));

        Assert.Equal("sync", error.Key);
        Assert.Equal(1, error.Index);
        Assert.Contains("int", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_argument_fails_with_key_and_index()
    {
        var runtime = VersionTwo.Value.NewRuntime();

        var error = await Assert.ThrowsAsync<CallbackArgumentException>(() => runtime.InvokeAsync("sync", """["team-1"]"""));

        Assert.Equal(("sync", 1), (error.Key, error.Index));
    }

    [Fact]
    public async Task An_unknown_key_fails_with_the_connector_and_key()
    {
        var runtime = VersionTwo.Value.NewRuntime();

        var error = await Assert.ThrowsAsync<CallbackNotFoundException>(() => runtime.InvokeAsync("Sync", "[]"));

        Assert.Equal(("versions", "Sync"), (error.Connector, error.Key));
        Assert.False(VersionTwo.Value.Descriptor.HasCallback("Sync"));
    }

    [Fact]
    public async Task Void_and_value_task_callbacks_run_and_the_invocation_argument_is_passed_through()
    {
        var connector = VersionTwo.Value;
        var runtime = connector.NewRuntime();
        var hook = (Callback<WebhookRequest>)connector.CreateCallback("OnWebhook", "team-9");
        var request = new WebhookRequest("POST", new Dictionary<string, string>(), Encoding.UTF8.GetBytes("{\"type\":\"Issue\"}"));

        await runtime.InvokeAsync(hook.Key, hook.Arguments, request);
        await runtime.InvokeAsync("Ping", "[42]");

        Assert.Equal("\"team-9 {\\u0022type\\u0022:\\u0022Issue\\u0022}\"", runtime.Json("hook"));
        Assert.Equal("42", runtime.Json("ping"));
    }

    [Fact]
    public void The_manifest_lists_the_wiring_and_every_callback_with_its_parameters()
    {
        var manifest = VersionTwo.Value.Descriptor.Manifest;

        Assert.Equal(("versions", "Sample.Versions.VersionedConnector", AuthProvider.Linear), (manifest.Name, manifest.TypeName, manifest.Provider));
        Assert.Equal(["read"], manifest.Scopes);
        Assert.Equal(["https://api.example.com/*"], manifest.NetworkUrls);
        Assert.Equal(["OnWebhook", "Ping", "sync"], manifest.Callbacks.Select(c => c.Key));
        var sync = manifest.Callbacks.Single(c => c.Key == "sync");
        Assert.Equal("SyncTeam", sync.MethodName);
        Assert.Equal(
            [("channelId", "string", false), ("batch", "int", false), ("level", "global::Sample.Versions.Priority?", true), ("label", "string", true)],
            sync.Parameters.Select(p => (p.Name, p.Type, p.IsOptional)));
        Assert.Equal("global::Twister.WebhookRequest", manifest.Callbacks.Single(c => c.Key == "OnWebhook").InvocationArgumentType);
    }
}
