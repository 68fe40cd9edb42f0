using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Sync.SyncFlagAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Sync;

public sealed class SyncFlagAnalyzerTests
{
    private static Task VerifyMethod(string body) => Verify.VerifyAsync(ConnectorSource.Connector(body));

    [Fact]
    public Task The_seed_pattern_and_an_if_initialSync_branch_are_clean()
        => VerifyMethod("""
                private sealed record State(bool InitialSync);
                private static NewActivity A(bool initialSync) => new() { Source = "s", Unread = initialSync ? false : null, Archived = initialSync ? false : null };
                private static NewActivity B(NewActivity a, State state)
                {
                    if (state.InitialSync) a = a with { Unread = false, Archived = false };
                    return a with { Unread = null };
                }
            """);

    [Fact]
    public Task A_negated_flag_and_an_unconditional_value_are_TWIST2005()
        => VerifyMethod("""
                private static NewActivity A(bool initialSync) => new() { Source = "s", {|TWIST2005:Unread = !initialSync|} };
                [Callback] private Task OnWebhook(WebhookRequest request, string channelId)
                {
                    var activity = new NewActivity { Source = "s", {|TWIST2005:Unread = true|}, {|TWIST2005:Archived = false|} };
                    return Task.CompletedTask;
                }
                private static NewActivity B(bool initialSync, NewActivity a)
                {
                    if (!initialSync) return a with { {|TWIST2005:Archived = true|} };
                    return a;
                }
            """);
}
