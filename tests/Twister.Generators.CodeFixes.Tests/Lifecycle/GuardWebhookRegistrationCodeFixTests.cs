using Verify = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Lifecycle.Webhooks.WebhookRegistrationAnalyzer, Twister.Generators.CodeFixes.Lifecycle.GuardWebhookRegistrationCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Lifecycle;

public sealed class GuardWebhookRegistrationCodeFixTests
{
    [Fact]
    public Task Wraps_the_registration_and_the_statements_that_use_its_result()
        => Verify.VerifyGeneratedAsync(
            Verify.WithHooks("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    var client = new ServiceClient();
                    var hookId = await {|TWIST4001:client.CreateWebhookAsync(webhookUrl, channel.Id, cancellationToken)|};
                    if (hookId is not null) await Store.SetAsync("webhook_id", hookId, cancellationToken);
                    await Store.SetAsync("enabled", true, cancellationToken);
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            """, attributes: "[NetworkAccess(\"https://api.example.com/*\")]"),
            Verify.WithHooks("""
                public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
                {
                    var webhookUrl = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                    var client = new ServiceClient();
                    if (!WebhookUrl.IsLocal(webhookUrl))
                    {
                        var hookId = await client.CreateWebhookAsync(webhookUrl, channel.Id, cancellationToken);
                        if (hookId is not null) await Store.SetAsync("webhook_id", hookId, cancellationToken);
                    }
                    await Store.SetAsync("enabled", true, cancellationToken);
                }

                [Callback] private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
            """, attributes: "[NetworkAccess(\"https://api.example.com/*\")]"));
}
