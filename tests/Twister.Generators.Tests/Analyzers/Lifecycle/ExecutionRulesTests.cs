using Twister.Generators.Analyzers.Lifecycle.Executions;
using Twister.Generators.Analyzers.Lifecycle.Tasks;
using Twister.Generators.Tests.Analyzers.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Lifecycle;

/// <summary>TWIST4006 (task chains with no end) and TWIST4007 (instance state between executions).</summary>
public sealed class ExecutionRulesTests
{
    private const string Enabled = """
            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                => await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);

        """;

    [Fact]
    public Task A_callback_that_requeues_itself_only_while_there_is_work_is_clean()
        => TwisterAnalyzerTest<EndlessTaskChainAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                {
                    var state = await Store.GetAsync<string>("cursor", ct);
                    if (state is null) return;
                    if (state.Length > 0) await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), ct);
                }

                [Callback]
                private async Task Poll(string channelId, CancellationToken ct)
                    => await Tools.Tasks.RunTaskAsync(Callbacks.Poll(channelId), DateTimeOffset.UtcNow.AddMinutes(5), ct);
            """));

    [Fact]
    public Task A_callback_that_queues_itself_on_every_path_is_TWIST4006()
        => TwisterAnalyzerTest<EndlessTaskChainAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                {
                    var page = await Store.GetAsync<string>("cursor", ct) ?? "";
                    try { await Store.SetAsync("cursor", page + "x", ct); }
                    finally { }
                    var next = Callbacks.SyncBatch(channelId);
                    await {|TWIST4006:Tools.Tasks.RunTaskAsync(next, ct)|};
                }
            """));

    [Fact]
    public Task A_chain_through_other_callbacks_and_helpers_is_TWIST4006_on_each_link()
        => TwisterAnalyzerTest<EndlessTaskChainAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                    => await {|TWIST4006:Tools.Tasks.RunTaskAsync(Callbacks.Refresh(channelId), ct)|};

                [Callback]
                private async Task Refresh(string channelId, CancellationToken ct)
                {
                    using var cts = new CancellationTokenSource();
                    await {|TWIST4006:QueueAsync(channelId, ct)|};
                }

                private Task QueueAsync(string channelId, CancellationToken ct) => Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channelId), ct).AsTask();
            """));

    [Fact]
    public Task A_field_written_in_one_execution_and_read_in_another_is_TWIST4007()
        => TwisterAnalyzerTest<ExecutionStateAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                private string? _teamId;
                private static int s_pages;
                private int Retries { get; set; }
                private readonly Dictionary<string, string> _cache = new();
                private ServiceClient? _client;

                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                {
                    _teamId = channelId;
                    s_pages++;
                    this.Retries = 3;
                    _cache[channelId] = channelId;
                    await Task.Yield();
                }

                [Callback]
                private Task Refresh(string channelId, CancellationToken ct)
                {
                    var client = Client();
                    return Task.FromResult(Describe() + {|TWIST4007:s_pages|} + {|TWIST4007:Retries|} + _cache.Count);
                }

                private string Describe() => {|TWIST4007:_teamId|} ?? "none";

                private ServiceClient Client() => _client ??= new ServiceClient();
            """));

    [Fact]
    public Task State_kept_in_the_store_constants_and_per_execution_caches_are_clean()
        => TwisterAnalyzerTest<ExecutionStateAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                private const string Prefix = "cursor_";
                private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
                private ServiceClient? _client;
                private int _retries = 3;

                [Callback]
                private async Task SyncBatch(string channelId, CancellationToken ct)
                {
                    var cursor = await Store.GetAsync<string>(Prefix + channelId, ct);
                    await Client().GetIssueAsync(cursor ?? "", ct);
                    _retries--;
                    await Task.Delay(Delay, ct);
                }

                private ServiceClient Client() => _client ??= new ServiceClient();
            """));
}
