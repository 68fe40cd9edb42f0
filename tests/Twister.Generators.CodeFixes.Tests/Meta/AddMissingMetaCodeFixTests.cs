using Verify = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Meta.ActivityMetaAnalyzer, Twister.Generators.CodeFixes.Meta.AddMissingMetaCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Meta;

public sealed class AddMissingMetaCodeFixTests
{
    [Fact]
    public Task Adds_the_whole_meta_with_the_channelId_parameter()
        => Verify.VerifyAsync(
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => {|TWIST2003:{|TWIST2004:new|}|} NewActivity { Source = "linear:1" };
            """),
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId } };
            """));

    [Fact]
    public Task Adds_the_missing_channel_from_a_Channel_in_scope()
        => Verify.VerifyAsync(
            Verify.Connector("""
                private static NewActivity ToActivity(Channel channel) => new NewActivity { Source = "linear:1", Meta = {|TWIST2004:new|} ActivityMeta { SyncProvider = "linear" } };
            """),
            Verify.Connector("""
                private static NewActivity ToActivity(Channel channel) => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channel.Id } };
            """));

    [Fact]
    public Task Adds_the_missing_sync_provider_from_the_connector_name()
        => Verify.VerifyAsync(
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => new NewActivity { Source = "linear:1", Meta = {|TWIST2003:new|} ActivityMeta { ChannelId = channelId } };
            """),
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { ChannelId = channelId, SyncProvider = "linear" } };
            """));

    [Fact]
    public async Task Offers_no_channel_fix_without_a_channel_in_scope()
    {
        var source = Verify.Connector("""
                private static NewActivity ToActivity() => new NewActivity { Source = "linear:1", Meta = {|TWIST2004:new|} ActivityMeta { SyncProvider = "linear" } };
            """);
        await Verify.VerifyAsync(source, source);
    }
}
