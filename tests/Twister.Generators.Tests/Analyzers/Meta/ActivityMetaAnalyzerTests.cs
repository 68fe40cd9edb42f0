using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Meta.ActivityMetaAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Meta;

public sealed class ActivityMetaAnalyzerTests
{
    private static Task VerifyMethod(string body) => Verify.VerifyAsync(ConnectorSource.Connector(body));

    [Fact]
    public Task Meta_with_both_entries_in_an_initializer_or_through_Create_is_clean()
        => VerifyMethod("""
                private static NewActivity A(string channelId) => new() { Source = "s", Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId } };
                private static NewActivity B(string channelId) => new() { Source = "s", Meta = ActivityMeta.Create("linear", channelId, null, null) };
                private static NewActivity C(NewActivity a) => a with { Title = "kept meta" };
                private static NewActivity D(ActivityMeta meta) => new() { Source = "s", Meta = meta };
            """);

    [Fact]
    public Task An_activity_without_meta_is_TWIST2003_and_TWIST2004()
        => VerifyMethod("""
                private static NewActivity A() => {|TWIST2003:{|TWIST2004:new|}|} NewActivity { Source = "s" };
            """);

    [Fact]
    public Task Meta_lacking_one_entry_is_flagged_for_that_entry_even_through_a_local()
        => VerifyMethod("""
                private static NewActivity A(string channelId)
                {
                    var meta = {|TWIST2004:new|} ActivityMeta { SyncProvider = "linear" };
                    return new NewActivity { Source = "s", Meta = meta };
                }
                private static NewActivity B(string channelId) => new() { Source = "s", Meta = {|TWIST2003:new|} ActivityMeta { ChannelId = channelId } };
                private static NewActivity C(string channelId) => new() { Source = "s", Meta = {|TWIST2003:ActivityMeta|}.Create(null, channelId, null, null) };
            """);

    [Fact]
    public Task A_with_expression_that_drops_the_meta_is_flagged()
        => VerifyMethod("""
                private static NewActivity A(NewActivity a) => a with { Meta = {|TWIST2003:{|TWIST2004:null|}|} };
            """);
}
