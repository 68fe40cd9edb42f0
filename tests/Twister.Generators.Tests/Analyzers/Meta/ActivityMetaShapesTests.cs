using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Meta.ActivityMetaAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Meta;

/// <summary>The expression shapes a meta value is followed through, pinned so that reading them from syntax keeps them.</summary>
public sealed class ActivityMetaShapesTests
{
    private static Task VerifyMethod(string body) => Verify.VerifyAsync(ConnectorSource.Connector(body));

    [Fact]
    public Task Each_branch_of_a_conditional_is_inspected_and_default_means_no_meta()
        => VerifyMethod("""
                private static NewActivity A(bool flag, string channelId) => new()
                {
                    Source = "s",
                    Meta = flag ? new() { SyncProvider = "linear", ChannelId = channelId } : {|TWIST2003:{|TWIST2004:default|}|},
                };
                private static NewActivity B(ActivityMeta? meta) => new() { Source = "s", Meta = meta ?? {|TWIST2003:new|}() { ChannelId = "c" } };
                private static NewActivity C() => new() { Source = "s", Meta = ((ActivityMeta?){|TWIST2003:{|TWIST2004:null|}|}) };
            """);

    [Fact]
    public Task Empty_or_null_entries_count_as_missing_in_initializers_and_Create()
        => VerifyMethod("""
                private static NewActivity A(string channelId) => new() { Source = "s", Meta = {|TWIST2003:new|} ActivityMeta { SyncProvider = "", ChannelId = channelId } };
                private static NewActivity B() => new() { Source = "s", Meta = {|TWIST2004:ActivityMeta|}.Create(channelId: (string?)null, syncProvider: "linear", externalId: null, values: null) };
                private static NewActivity C(string channelId) => new() { Source = "s", Meta = ActivityMeta.Create(values: null, externalId: null, channelId: channelId, syncProvider: "linear") };
            """);

    [Fact]
    public Task A_meta_from_a_field_parameter_or_call_is_trusted()
        => VerifyMethod("""
                private readonly ActivityMeta _meta = ActivityMeta.Create("linear", "c", null, null);
                private ActivityMeta Build() => _meta;
                private NewActivity A() => new() { Source = "s", Meta = _meta };
                private NewActivity B() => new() { Source = "s", Meta = Build() };
            """);
}
