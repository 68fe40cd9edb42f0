using Twister.Generators.Analyzers.Meta;
using Twister.Generators.CodeFixes.Meta;
using Twister.Generators.CodeFixes.Tests.Infrastructure;
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

    [Fact]
    public Task Both_entries_missing_from_one_meta_are_added_by_one_fix_all()
        => Verify.VerifyAsync(
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => new NewActivity { Source = "linear:1", Meta = {|TWIST2003:{|TWIST2004:new|}|} ActivityMeta { ExternalId = "1" } };
            """),
            Verify.Connector("""
                private static NewActivity ToActivity(string channelId) => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { ExternalId = "1", SyncProvider = "linear", ChannelId = channelId } };
            """));

    [Fact]
    public async Task Dotnet_format_fixes_both_ids_on_every_meta_even_when_the_first_diagnostic_has_no_fix()
    {
        // dotnet format asks the first diagnostic it meets for the fix's equivalence key: here that one
        // (no channel in scope) has no fix, and every other one must be fixed all the same.
        var source = Verify.Connector("""
                private static NewActivity First() => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { SyncProvider = "linear" } };
                private static NewActivity Second(string channelId) => new NewActivity { Source = "linear:2", Meta = new ActivityMeta { ExternalId = "2" } };
                private static NewActivity Third(Channel channel) => new NewActivity { Source = "linear:3", Meta = new ActivityMeta { SyncProvider = "linear" } };
                private static NewActivity Fourth(string channelId) => new NewActivity { Source = "linear:4" };
            """);
        var (sources, _) = await DotnetFormatFixAll.RunAsync(
            [("IssueConnector.cs", source)], [], [new ActivityMetaAnalyzer()], [new AddMissingMetaCodeFix()], "TWIST2004", "TWIST2003");
        Assert.Equal(Verify.Connector("""
                private static NewActivity First() => new NewActivity { Source = "linear:1", Meta = new ActivityMeta { SyncProvider = "linear" } };
                private static NewActivity Second(string channelId) => new NewActivity { Source = "linear:2", Meta = new ActivityMeta { ExternalId = "2", ChannelId = channelId, SyncProvider = "linear" } };
                private static NewActivity Third(Channel channel) => new NewActivity { Source = "linear:3", Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channel.Id } };
                private static NewActivity Fourth(string channelId) => new NewActivity { Source = "linear:4", Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId } };
            """).ReplaceLineEndings(), sources["IssueConnector.cs"].ReplaceLineEndings());
    }
}
