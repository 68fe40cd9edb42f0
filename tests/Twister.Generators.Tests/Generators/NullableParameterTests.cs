using System.Text;
using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// A callback parameter declared nullable (<c>string? cursor</c>) gets a factory parameter that is nullable
/// too, so connector code passes <see langword="null"/> without a warning, and the null reaches the method.
/// </summary>
public sealed class NullableParameterTests
{
    private const string Source = TestSources.Usings + """
        namespace Sample.NullableParameters;

        public sealed record Page(string Id, int Size);

        [Connector("nullable-parameters")]
        public sealed partial class NullableParametersConnector : Connector<NullableParametersConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);

            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken ct)
                => await Tools.Tasks.RunTaskAsync(Callbacks.Sync(channel.Id, null, null, null), ct);

            [Callback]
            private Task Sync(string channelId, string? cursor, Page? last, int? batch, CancellationToken ct)
                => Store.SetAsync("called", $"{channelId}|{cursor ?? "no cursor"}|{last?.Id ?? "no page"}|{batch?.ToString() ?? "no batch"}", ct).AsTask();
        }
        """;

    [Fact]
    public void The_factory_declares_the_parameters_the_method_declares_nullable_and_callers_compile_clean()
    {
        var (output, files) = GeneratorHarness.Run(TestCompilation.Create(Source), new ConnectorGenerator(), new LinkTypeGenerator());

        var generated = files["Sample.NullableParameters.NullableParametersConnector.g.cs"];
        Assert.Contains("Sync(string channelId, string? cursor, global::Sample.NullableParameters.Page? last, int? batch)", generated, StringComparison.Ordinal);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, TestCompilation.Describe(problems));
    }

    [Fact]
    public async Task Nulls_passed_to_the_factory_reach_the_method()
    {
        var connector = CompiledConnector.Build(Source, "Sample.NullableParameters.NullableParametersConnector");
        var callback = (Callback)connector.CreateCallback("Sync", "team-1", null, null, null);
        Assert.Equal("""["team-1",null,null,null]""", Encoding.UTF8.GetString(callback.Arguments.Span));

        var runtime = connector.NewRuntime();
        await runtime.InvokeAsync(callback.Key, callback.Arguments);

        Assert.Equal("\"team-1|no cursor|no page|no batch\"", runtime.Json("called"));
    }
}
