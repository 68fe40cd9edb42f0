using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.Lifecycle.Webhooks.WebhookRegistrationAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.Lifecycle;

public sealed class WebhookRegistrationAnalyzerTests
{
    private static Task VerifyAsync(string body) => Verify.VerifyGeneratedAsync(ConnectorSource.WithHooks(body, attributes: "[NetworkAccess(\"https://api.example.com/*\")]"));

    [Fact]
    public Task Registering_without_a_check_is_TWIST4001()
        => VerifyAsync("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    await Store.SetAsync("webhook_url", webhookUrl, cancellationToken);
                    var id = await {|TWIST4001:new ServiceClient().CreateWebhookAsync(webhookUrl, channel.Id, cancellationToken)|};
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            """);

    [Theory]
    [InlineData("if (!WebhookUrl.IsLocal(url)) await client.CreateWebhookAsync(url, channel.Id, cancellationToken);")]
    [InlineData("if (WebhookUrl.IsLocal(url)) return; await client.CreateWebhookAsync(url, channel.Id, cancellationToken);")]
    [InlineData("if (url.Contains(\"localhost\") || url.Contains(\"127.0.0.1\")) { return; } await client.CreateWebhookAsync(url, channel.Id, cancellationToken);")]
    [InlineData("if (new Uri(url).IsLoopback) { } else { await client.CreateWebhookAsync(url, channel.Id, cancellationToken); }")]
    [InlineData("if (WebhookUrl.IsLocal(url) == false && channel.Id.Length > 0) { await client.CreateWebhookAsync(url, channel.Id, cancellationToken); }")]
    [InlineData("_ = WebhookUrl.IsLocal(url) ? null : await client.CreateWebhookAsync(url, channel.Id, cancellationToken);")]
    public Task A_local_url_check_before_registering_is_clean(string registration)
        => VerifyAsync($$"""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken).ConfigureAwait(false);
                    var client = new ServiceClient();
                    {{registration}}
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            """);

    [Fact]
    public Task The_url_is_followed_into_the_connectors_own_helpers_and_request_objects()
        => VerifyAsync("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    await RegisterAsync(url, cancellationToken);
                    await CheckedAsync(url, cancellationToken);
                }

                private async Task RegisterAsync(string hookUrl, CancellationToken ct)
                {
                    var request = new HookRequest(hookUrl, "issues");
                    await {|TWIST4001:Tools.Network.Http.PostAsync("https://api.example.com/hooks", new StringContent(request.ToString()), ct)|};
                }

                private async Task CheckedAsync(string hookUrl, CancellationToken ct)
                {
                    if (WebhookUrl.IsLocal(hookUrl)) return;
                    await new ServiceClient().CreateWebhookAsync(hookUrl, "team", ct);
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;

                private sealed record HookRequest(string Url, string Events);
            """);

    [Fact]
    public Task Storing_logging_and_checking_the_url_register_nothing()
        => VerifyAsync("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    await Store.SetAsync($"webhook_url_{channel.Id}", url.Trim(), cancellationToken);
                    Console.WriteLine($"webhook at {url}");
                    _ = WebhookUrl.IsLocal(url);
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            """);

    [Fact]
    public Task A_client_method_that_checks_the_url_itself_is_trusted()
        => VerifyAsync("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    await CheckingClient.RegisterAsync(url);
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;

                private static class CheckingClient
                {
                    public static Task RegisterAsync(string url) => WebhookUrl.IsLocal(url) ? Task.CompletedTask : Task.Delay(1);
                }
            """);
}
