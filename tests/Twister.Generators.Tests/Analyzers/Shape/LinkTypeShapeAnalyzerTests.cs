using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Shape.LinkTypeShapeAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Shape;

public sealed class LinkTypeShapeAnalyzerTests
{
    [Fact]
    public Task A_link_type_whose_members_all_have_a_status_and_one_default_is_clean()
        => Verify.VerifyAsync("""
            [LinkType("issue")]
            public enum IssueStatus
            {
                [Status("backlog", "Backlog")] Backlog,
                [Status("unstarted", "To Do", CreateDefault = true)] Unstarted,
                [Status("completed", "Done", Done = true)] Completed,
            }
            public enum NotALinkType { A, B }
            """);

    [Fact]
    public Task A_member_without_status_is_TWIST0005_and_a_second_default_is_TWIST0006()
        => Verify.VerifyAsync("""
            [LinkType("issue")]
            public enum IssueStatus
            {
                [Status("backlog", "Backlog", CreateDefault = true)] Backlog,
                {|TWIST0005:Unstarted|},
                [Status("completed", "Done", CreateDefault = true)] {|TWIST0006:Completed|},
            }
            """);
}
