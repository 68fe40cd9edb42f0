using Twister.Generators.Analyzers.Meta;
using Twister.Generators.Analyzers.Sources;
using Twister.Generators.Analyzers.Sync;
using Twister.Generators.Tests.Analyzers.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Reach;

/// <summary>
/// The data rules follow connector code into the helpers and mapper classes it calls (by name, at most
/// five calls away) and report where the offending value is made.
/// </summary>
public sealed class HelperReachTests
{
    private const string Connector = """
            [Callback]
            private Task SyncBatch(string channelId, CancellationToken ct)
            {
                var activity = IssueMapper.From(new Issue("1", "ENG-1", "Title", null, null, 1, null), channelId, initialSync: false);
                return Task.CompletedTask;
            }
        """;

    [Fact]
    public Task An_activity_built_in_a_static_mapper_the_connector_calls_is_checked_there()
        => TwisterAnalyzerTest<ActivityMetaAnalyzer>.VerifyAsync(ConnectorSource.Connector(Connector, """
            public static class IssueMapper
            {
                public static NewActivity From(Issue issue, string channelId, bool initialSync)
                    => {|TWIST2003:{|TWIST2004:new|}|} NewActivity { Source = "linear:issue:" + issue.Id, Title = issue.Title };
            }
            """));

    [Fact]
    public Task A_mapper_no_connector_calls_is_clean()
        => TwisterAnalyzerTest<ActivityMetaAnalyzer>.VerifyAsync(ConnectorSource.Connector("", """
            public static class IssueMapper
            {
                public static NewActivity From(Issue issue, string channelId, bool initialSync)
                    => new NewActivity { Source = "linear:issue:" + issue.Id, Title = issue.Title };
            }
            """));

    [Fact]
    public Task A_source_helper_is_followed_to_the_mutable_piece_it_is_made_of()
        => TwisterAnalyzerTest<ActivitySourceAnalyzer>.VerifyAsync(ConnectorSource.Connector(Connector, """
            public static class IssueMapper
            {
                public static NewActivity From(Issue issue, string channelId, bool initialSync)
                    => new() { Source = SourceOf(issue), Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId } };

                public static string SourceOf(Issue issue) => $"linear:issue:{{|TWIST2001:issue.Identifier|}}";
            }
            """));

    [Fact]
    public Task A_helper_parameter_is_followed_back_to_the_argument_the_call_passed()
        => TwisterAnalyzerTest<ActivitySourceAnalyzer>.VerifyAsync(ConnectorSource.Connector("""
                private static NewActivity ToActivity(Issue issue) => new() { Source = Sources.Of({|TWIST2001:issue.Identifier|}) };
                private static NewActivity Fine(Issue issue) => new() { Source = Sources.Of(issue.Id) };
                private static NewActivity Extension(Issue issue) => new() { Source = {|TWIST2001:issue.Url|}.AsSource() };
            """, """
            public static class Sources
            {
                public static string Of(string id) => "linear:issue:" + id;
                public static string AsSource(this string? id) => $"linear:issue:{id}";
            }
            """));

    [Fact]
    public Task A_meta_helper_is_followed_to_the_meta_it_makes()
        => TwisterAnalyzerTest<ActivityMetaAnalyzer>.VerifyAsync(ConnectorSource.Connector("""
                private static NewActivity Incomplete(string channelId) => new() { Source = "linear:1", Meta = Metas.Partial(channelId) };
                private static NewActivity Complete(string channelId) => new() { Source = "linear:2", Meta = Metas.Complete(channelId) };
            """, """
            public static class Metas
            {
                public static ActivityMeta Partial(string channelId) => {|TWIST2003:new|} ActivityMeta { ChannelId = channelId };
                public static ActivityMeta Complete(string channelId) => new() { SyncProvider = "linear", ChannelId = channelId };
            }
            """));

    [Fact]
    public Task Sync_flags_set_in_a_reachable_mapper_are_checked_there()
        => TwisterAnalyzerTest<SyncFlagAnalyzer>.VerifyAsync(ConnectorSource.Connector(Connector, """
            public static class IssueMapper
            {
                public static NewActivity From(Issue issue, string channelId, bool initialSync) => new()
                {
                    Source = "linear:issue:" + issue.Id,
                    Unread = initialSync ? false : null,
                    {|TWIST2005:Archived = false|},
                };
            }
            """));

    [Fact]
    public Task Helpers_are_followed_five_calls_deep_and_no_further()
        => TwisterAnalyzerTest<ActivitySourceAnalyzer>.VerifyAsync(ConnectorSource.Connector("""
                [Callback] private Task SyncBatch(string channelId) { Chain.One(); return Task.CompletedTask; }
            """, """
            public static class Chain
            {
                public static void One() => Two();
                public static void Two() => Three();
                public static void Three() => Four();
                public static void Four() { Five(); _ = {|TWIST2002:new|} NewActivity { Title = "four calls away" }; }
                public static void Five() { Six(); _ = {|TWIST2002:new|} NewActivity { Title = "five calls away" }; }
                public static void Six() { _ = new NewActivity { Title = "six calls away: not followed" }; }
            }
            """));

    [Fact]
    public Task A_mapper_reached_through_a_constructor_is_checked()
        => TwisterAnalyzerTest<ActivitySourceAnalyzer>.VerifyAsync(ConnectorSource.Connector("""
                [Callback] private Task SyncBatch(string channelId) { _ = new IssueMapper(channelId); return Task.CompletedTask; }
            """, """
            public sealed class IssueMapper
            {
                public IssueMapper(string channelId) => Activity = {|TWIST2002:new|} NewActivity { Title = channelId };
                public NewActivity Activity { get; }
            }
            """));
}
