using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Sources.ActivitySourceAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Sources;

/// <summary>The expression shapes a source is followed through, pinned so that reading them from syntax keeps them.</summary>
public sealed class ActivitySourceShapesTests
{
    private static Task VerifyMethod(string body) => Verify.VerifyAsync(ConnectorSource.Connector(body));

    [Fact]
    public Task Conditionals_coalescing_casts_and_parentheses_are_followed()
        => VerifyMethod("""
                private static NewActivity A(Issue issue, bool flag) => new() { Source = flag ? issue.Id : {|TWIST2001:issue.Title|} };
                private static NewActivity B(Issue issue) => new() { Source = {|TWIST2001:issue.Url|} ?? issue.Id };
                private static NewActivity C(Issue issue) => new() { Source = (string)((object)({|TWIST2001:issue.Identifier|})) };
                private static NewActivity D(Issue issue) => new() { Source = ({|TWIST2001:issue.Identifier|} as string)! };
            """);

    [Fact]
    public Task Concat_Join_array_elements_and_string_transforms_are_followed()
        => VerifyMethod("""
                private static NewActivity A(Issue issue) => new() { Source = string.Concat("x:", {|TWIST2001:issue.Title|}.Trim()) };
                private static NewActivity B(Issue issue) => new() { Source = string.Join(":", new[] { issue.Id, {|TWIST2001:issue.Identifier|} }) };
                private static NewActivity C(Issue issue) => new() { Source = "x:" + {|TWIST2001:issue.Number|}.ToString() };
                private static NewActivity D(Issue issue) => new() { Source = string.Format("{0}{1}{2}", {|TWIST2001:issue.Title|}, {|TWIST2001:issue.Url|}, {|TWIST2001:issue.Number|}) };
            """);

    [Fact]
    public Task Every_argument_of_a_long_string_Format_or_Concat_is_followed()
        => VerifyMethod("""
                private static NewActivity A(Issue issue) => new() { Source = string.Format("{0}{1}{2}{3}", issue.Id, {|TWIST2001:issue.Title|}, {|TWIST2001:issue.Url|}, {|TWIST2001:issue.Number|}) };
                private static NewActivity B(Issue issue) => new() { Source = string.Concat("a", "b", "c", issue.Id, {|TWIST2001:issue.Identifier|}) };
            """);

    [Fact]
    public Task Every_assignment_of_a_local_is_followed_once_even_when_it_refers_to_itself()
        => VerifyMethod("""
                private static NewActivity A(Issue issue, bool flag)
                {
                    string source = issue.Id;
                    if (flag) source = {|TWIST2001:issue.Identifier|};
                    source = source + ":";
                    System.Action later = () => source = {|TWIST2001:issue.Title|};
                    return new NewActivity { Source = source };
                }
            """);

    [Fact]
    public Task Fields_properties_this_members_and_sources_returned_by_helpers_are_checked()
        => VerifyMethod("""
                private readonly string _teamKey = "";
                private string Slug { get; } = "";
                private NewActivity A() => new() { Source = {|TWIST2001:_teamKey|} + {|TWIST2001:this.Slug|} };
                private static NewActivity Make(Issue issue) => new() { Source = issue.Id };
                private static NewActivity B(Issue issue) => Make(issue) with { Source = Make(issue).Source + {|TWIST2001:issue.Title|} };
                private static NewActivity C(Issue issue) => new() { Source = issue.Id.ToString() + Guid.Empty + {|TWIST2001:DateTimeOffset.UtcNow|} + {|TWIST2001:Random.Shared.Next()|} };
            """);

    [Fact]
    public Task Null_or_default_sources_are_TWIST2002_and_unrelated_initializers_are_ignored()
        => VerifyMethod("""
                private sealed class Other { public string? Source { get; set; } public string? Title { get; set; } }
                private static NewActivity A() => {|TWIST2002:new|} NewActivity { Source = default };
                private static NewActivity B(NewActivity a) => {|TWIST2002:a|} with { Source = (string?)null };
                private static NewActivity C(Issue issue) => {|TWIST2002:new|} global::Twister.NewActivity { Title = issue.Title };
                private static object D() => new Other { Title = "t" };
                private static Other E() => new() { Source = null };
            """);
}
