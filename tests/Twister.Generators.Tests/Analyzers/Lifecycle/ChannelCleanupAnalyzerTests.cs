using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Lifecycle.Cleanup.ChannelCleanupAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Lifecycle;

public sealed class ChannelCleanupAnalyzerTests
{
    private static Task VerifyAsync(string body) => Verify.VerifyGeneratedAsync(ConnectorSource.WithHooks(body, attributes: "[NetworkAccess(\"https://api.example.com/*\")]"));

    private const string Callbacks = """
            [Callback] private Task SyncBatch(string channelId) => Task.CompletedTask;
            [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            private static string SyncKey(string channelId) => $"sync_state_{channelId}";
            private static string WebhookKey(string channelId) => "webhook_id_" + channelId;
        """;

    [Fact]
    public Task Undoing_everything_through_helpers_is_clean()
        => VerifyAsync(Callbacks + """
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    await Store.SetAsync($"webhook_url_{channel.Id}", url, cancellationToken);
                    if (!WebhookUrl.IsLocal(url) && await new ServiceClient().CreateWebhookAsync(url, channel.Id, cancellationToken) is { } id)
                        await Store.SetAsync(WebhookKey(channel.Id), id, cancellationToken);
                    await Store.SetAsync(SyncKey(channel.Id), 1, cancellationToken);
                    await Store.SetAsync("temporary", true, cancellationToken);
                    await Store.ClearAsync("temporary", cancellationToken);
                    await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch(channel.Id), cancellationToken);
                }

                public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    await RemoveWebhooksAsync(channel.Id, cancellationToken);
                    await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
                }

                private async Task RemoveWebhooksAsync(string channelId, CancellationToken cancellationToken)
                {
                    if (await Store.GetAsync<string>(WebhookKey(channelId), cancellationToken) is { } id)
                    {
                        await new ServiceClient().DeleteWebhookAsync(id, cancellationToken);
                        await Store.ClearAsync($"webhook_id_{channelId}", cancellationToken);
                    }
                    if (await Store.GetAsync<string>($"webhook_url_{channelId}", cancellationToken) is { } url)
                    {
                        await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
                        await Store.ClearAsync($"webhook_url_{channelId}", cancellationToken);
                    }
                }
            """);

    [Fact]
    public Task Everything_is_reported_without_OnChannelDisabledAsync()
        => VerifyAsync(Callbacks + """
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await {|TWIST4002:Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken)|};
                    var token = await {|TWIST4002:Tools.Callbacks.CreateAsync(Callbacks.SyncBatch(channel.Id), cancellationToken)|};
                    await {|TWIST4002:Store.SetAsync(SyncKey(channel.Id), token, cancellationToken)|};
                }
            """);

    [Fact]
    public Task What_the_disabling_hook_forgets_is_reported_where_it_was_set_up()
        => VerifyAsync(Callbacks + """
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await {|TWIST4002:Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken)|};
                    if (WebhookUrl.IsLocal(url)) return;
                    var id = await {|TWIST4002:new ServiceClient().CreateWebhookAsync(url, channel.Id, cancellationToken)|};
                    await {|TWIST4002:Store.SetAsync(WebhookKey(channel.Id), id, cancellationToken)|};
                    await StartAsync(channel.Id, cancellationToken);
                }

                private async Task StartAsync(string channelId, CancellationToken cancellationToken)
                    => await {|TWIST4002:Store.SetAsync($"cursor_{channelId}", "", cancellationToken)|};

                public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
                    => await Store.ClearAsync(SyncKey(channel.Id), cancellationToken);
            """);

    [Fact]
    public Task Clearing_keys_the_analyzer_cannot_read_counts_as_clearing_any()
        => VerifyAsync(Callbacks + """
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                    => await Store.SetAsync(SyncKey(channel.Id), 1, cancellationToken);

                public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    foreach (var key in new[] { SyncKey(channel.Id) }) await Store.ClearAsync(key, cancellationToken);
                }
            """);
}
