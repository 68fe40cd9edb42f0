using Verify = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Lifecycle.Cleanup.ChannelCleanupAnalyzer, Twister.Generators.CodeFixes.Lifecycle.ClearKeyOnDisableCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Lifecycle;

public sealed class ClearKeyOnDisableCodeFixTests
{
    private const string Enabled = """
            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
            {
                await {|TWIST4002:Store.SetAsync($"sync_state_{channel.Id}", 1, cancellationToken)|};
                await {|TWIST4002:Store.SetAsync(CursorKey(channel.Id), "", cancellationToken)|};
            }

            private static string CursorKey(string channelId) => "cursor_" + channelId;
        """;

    private const string EnabledFixed = """
            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
            {
                await Store.SetAsync($"sync_state_{channel.Id}", 1, cancellationToken);
                await Store.SetAsync(CursorKey(channel.Id), "", cancellationToken);
            }
        """;

    [Fact]
    public Task Creates_OnChannelDisabledAsync_clearing_every_key()
        => Verify.VerifyGeneratedAsync(
            Verify.WithHooks(Enabled),
            Verify.WithHooks(EnabledFixed + "\n" + """

                public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    await Store.ClearAsync($"sync_state_{channel.Id}", cancellationToken);
                    await Store.ClearAsync(CursorKey(channel.Id), cancellationToken);
                }

                private static string CursorKey(string channelId) => "cursor_" + channelId;
            """));

    [Fact]
    public Task Turns_an_empty_override_into_one_that_clears_with_its_own_parameter_names()
        => Verify.VerifyGeneratedAsync(
            Verify.WithHooks(Enabled + """

                public override Task OnChannelDisabledAsync(Channel disabled, CancellationToken ct) => Task.CompletedTask;
            """),
            Verify.WithHooks(EnabledFixed + "\n" + """

                private static string CursorKey(string channelId) => "cursor_" + channelId;
                public override async Task OnChannelDisabledAsync(Channel disabled, CancellationToken ct)
                {
                    await Store.ClearAsync($"sync_state_{disabled.Id}", ct);
                    await Store.ClearAsync(CursorKey(disabled.Id), ct);
                }
            """));
}
