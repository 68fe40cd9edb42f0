using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Sync.SyncFlagAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Sync;

/// <summary>The initial-sync guards recognised, pinned so that reading them from syntax keeps them.</summary>
public sealed class SyncFlagGuardsTests
{
    private static Task VerifyMethod(string body) => Verify.VerifyAsync(ConnectorSource.Connector(body));

    [Fact]
    public Task Comparisons_conjunctions_else_if_and_conditional_expressions_guard()
        => VerifyMethod("""
                private bool _isInitialSync;
                private static NewActivity A(bool initialSync) => new() { Source = "s", Unread = (initialSync == true) ? (bool?)false : default };
                private static NewActivity B(bool initialSync, bool other) => new() { Source = "s", Archived = other && (initialSync) ? true : (bool?)null };
                private NewActivity C(NewActivity a, bool other)
                {
                    if (other) return a;
                    else if (true == _isInitialSync) { return a with { Unread = true }; }
                    return a;
                }
                private static NewActivity D(bool initialSync, NewActivity a) => initialSync ? (a with { Archived = true }) : a;
                private static System.Func<NewActivity> E(bool initialSync)
                {
                    if (initialSync) return () => new NewActivity { Source = "s", Unread = true };
                    return () => new NewActivity { Source = "s" };
                }
            """);

    [Fact]
    public Task A_flag_in_the_else_branch_or_a_reversed_conditional_is_TWIST2005()
        => VerifyMethod("""
                private static NewActivity A(bool initialSync, NewActivity a)
                {
                    if (initialSync) return a;
                    else return a with { {|TWIST2005:Unread = false|} };
                }
                private static NewActivity B(bool initialSync) => new() { Source = "s", {|TWIST2005:Archived = !initialSync ? null : false|} };
                private static NewActivity C(bool? initialSync) => new() { Source = "s", {|TWIST2005:Unread = initialSync == true ? false : null|} };
                private static NewActivity D(bool initialSync, NewActivity a) => initialSync ? a : a with { {|TWIST2005:Archived = true|} };
                private static NewActivity E(bool initialSync) => new() { Source = "s", {|TWIST2005:Unread = initialSync ? false : true|} };
            """);
}
