using Acme.Api;
using Acme.Fake;
using Acme.Sync;
using Twister.Hosting.Execution;
using Twister.Testing;

namespace Acme.Tests;

/// <summary>
/// The connector end to end on the test kit's in-memory host, against the fake Acme API served in process
/// (no socket): the host's allowlist and request budget apply to every request, as in production.
/// </summary>
public sealed class AcmeConnectorTests : IAsyncLifetime
{
    private readonly FakeAcmeData _acme = FakeAcmeData.Seed(projects: 1, ticketsPerProject: 60);
    private readonly FakeService _fake = new();
    private TwisterTestHost _host = null!;

    public Task InitializeAsync()
    {
        _fake.MapFakeAcmeApi(_acme);
        _host = TwisterTestHost.Create<AcmeConnector>(o => o.UseFakeService(AcmeClient.Origin, _fake), developmentToken: FakeAcmeData.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task The_initial_sync_pages_through_every_ticket_once()
    {
        await _host.InstallAsync();
        var executions = await _host.RunUntilIdleAsync();

        await _host.AssertActivityCountAsync(60);
        await _host.AssertNoFailedExecutionsAsync();
        await _host.AssertRequestsPerExecutionAtMostAsync(100);
        Assert.Equal(3, executions.Count(e => e.CallbackKey == "SyncPage")); // 60 tickets, 25 a page
        var ticket = await _host.AssertActivityAsync(TicketActivity.SourceOf("t010003"));
        Assert.Equal("P1-3: Ticket 3 of Project 1", ticket.Title);
        Assert.Equal("done", ticket.LinkStatus);
        Assert.False(ticket.Unread);
    }

    [Fact]
    public async Task A_webhook_delivery_updates_the_item_and_keeps_the_users_choices()
    {
        await _host.InstallAsync();
        await _host.RunUntilIdleAsync();
        var item = await _host.AssertActivityAsync(TicketActivity.SourceOf("t010001"));
        await _host.Plot.SetActivityStateAsync(item.Id, unread: true);

        _acme.EditTicket("t010001", title: "Renamed in Acme", status: "in_progress");
        var webhook = Assert.Single(await _host.GetWebhooksAsync());
        var delivery = await _host.DeliverWebhookAsync(webhook.Url, _acme.WebhookPayload("t010001"));
        await _host.RunPendingTasksAsync();

        Assert.Equal(202, delivery.StatusCode);
        var updated = await _host.AssertActivityAsync(TicketActivity.SourceOf("t010001"));
        Assert.Equal("P1-1: Renamed in Acme", updated.Title);
        Assert.Equal("in_progress", updated.LinkStatus);
        Assert.True(updated.Unread);
        await _host.AssertActivityCountAsync(60);
    }

    [Fact]
    public async Task A_reply_in_Plot_becomes_an_Acme_comment_and_is_not_duplicated_by_the_next_sync()
    {
        await _host.InstallAsync();
        await _host.RunUntilIdleAsync();
        var item = await _host.AssertActivityAsync(TicketActivity.SourceOf("t010002"));

        await _host.Plot.AddNoteAsync(item.Id, "Looking into it");
        await _host.DeliverWebhookAsync(Assert.Single(await _host.GetWebhooksAsync()).Url, _acme.WebhookPayload("t010002"));
        await _host.RunPendingTasksAsync();

        var comment = Assert.Single(_acme.FindTicket("t010002")!.Comments);
        Assert.Equal("Looking into it", comment.Body);
        var notes = await _host.Plot.GetNotesAsync(item.Id);
        Assert.Single(notes, n => n.Content == "Looking into it");
        await _host.AssertNoFailedExecutionsAsync();
    }

    [Fact]
    public async Task A_status_changed_in_Plot_is_written_back_to_Acme()
    {
        await _host.InstallAsync();
        await _host.RunUntilIdleAsync();
        var item = await _host.AssertActivityAsync(TicketActivity.SourceOf("t010004"));

        await _host.Plot.SetStatusAsync(item.Id, "done");

        Assert.Equal("done", _acme.FindTicket("t010004")!.Status);
        await _host.AssertNoFailedExecutionsAsync();
    }

    [Fact]
    public async Task Disabling_the_channel_revokes_its_webhook_and_archives_its_items()
    {
        var channel = await _host.InstallAsync();
        await _host.RunUntilIdleAsync();

        var archived = await _host.Connector.DisableChannelAsync(channel.Id);

        Assert.Equal(60, archived);
        Assert.Empty(await _host.GetWebhooksAsync());
        Assert.Null(await _host.GetStoredJsonAsync($"webhook_url_{channel.Id}"));
    }

    [Fact]
    public async Task With_a_public_webhook_address_the_webhook_is_registered_with_Acme_and_removed_on_disable()
    {
        await using var host = TwisterTestHost.Create<AcmeConnector>(o =>
        {
            o.UseFakeService(AcmeClient.Origin, _fake);
            o.WebhookBaseUrl = new Uri("https://tunnel.example/");
        }, developmentToken: FakeAcmeData.Token);

        var channel = await host.InstallAsync();
        var registered = Assert.Single(_acme.Webhooks).Value;
        await host.Connector.DisableChannelAsync(channel.Id);

        Assert.StartsWith("https://tunnel.example/webhooks/", registered.Url);
        Assert.Equal(channel.Id, registered.ProjectId);
        Assert.Empty(_acme.Webhooks);
    }

    [Fact]
    public async Task A_sync_that_outgrows_the_request_budget_fails_with_a_clear_error()
    {
        await using var host = TwisterTestHost.Create<AcmeConnector>(o =>
        {
            o.UseFakeService(AcmeClient.Origin, _fake);
            o.RequestBudget = 10;
            o.MaxTaskAttempts = 1;
        }, developmentToken: FakeAcmeData.Token);

        await host.InstallAsync();
        var page = Assert.Single(await host.RunUntilIdleAsync(), e => e.CallbackKey == "SyncPage");

        Assert.Equal(ExecutionStatus.Failed, page.Status);
        Assert.IsType<RequestBudgetExceededException>(page.Exception);
    }
}
