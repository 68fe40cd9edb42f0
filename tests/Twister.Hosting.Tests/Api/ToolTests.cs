using System.Net;
using System.Text;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Api;

/// <summary>The tools real connectors use, through the test kit.</summary>
public sealed class ToolTests : IAsyncLifetime
{
    private TwisterTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = TwisterTestHost.Create<ToolsConnector>();
        await _host.InstallAsync("main");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<ExecutionRecord> RunAsync(string key, string arguments = "[]")
    {
        var record = await _host.InvokeCallbackAsync(key, arguments);
        Assert.True(record.Status == ExecutionStatus.Succeeded, record.Error);
        return record;
    }

    [Fact]
    public async Task Listing_keys_sees_the_executions_own_writes_and_clear_all_removes_everything()
    {
        await _host.InvokeCallbackAsync("ListKeys", "[]");
        Assert.Equal("\"sync/a,sync/b\"", await _host.GetStoredJsonAsync("seen"));

        await RunAsync("ClearEverything");

        Assert.Equal("0", await _host.GetStoredJsonAsync("after"));
        Assert.Null(await _host.GetStoredJsonAsync("sync/a"));
    }

    [Fact]
    public async Task Delete_all_callbacks_and_cancel_all_tasks_reach_committed_ones_and_the_executions_own()
    {
        await RunAsync("QueueAndToken");

        await RunAsync("DropAll");

        Assert.Equal("false", await _host.GetStoredJsonAsync("ranDeleted"));
        Assert.All(await _host.GetTasksAsync(), t => Assert.Equal(QueuedTaskStatus.Cancelled, t.Status));
    }

    [Fact]
    public async Task The_connector_reads_its_own_items_back_updates_one_and_archives_by_meta()
    {
        await RunAsync("ReadBack", """["t1"]""");

        Assert.Equal("\"Written|open|ada@example.com|True|False\"", await _host.GetStoredJsonAsync("seen"));
        Assert.Equal("closed", (await _host.Plot.FindActivityAsync("t1"))!.LinkStatus);
        await RunAsync("ReadNotes", """["t1"]""");
        Assert.Equal("\"n1:note\"", await _host.GetStoredJsonAsync("notes"));
        await RunAsync("Archive", """["P2"]""");
        Assert.Equal("0", await _host.GetStoredJsonAsync("archived"));
        await RunAsync("Archive", """["P1"]""");
        Assert.Equal("1", await _host.GetStoredJsonAsync("archived"));
        Assert.True((await _host.Plot.FindActivityAsync("t1"))!.Archived);
        var bad = await _host.InvokeCallbackAsync("BadStatusUpdate", """["t1"]""");
        Assert.Contains("'bogus' is not a status of link type 'task'", bad.Error);
    }

    [Fact]
    public async Task A_synchronous_webhook_answers_the_sender_and_query_parameters_reach_both_kinds()
    {
        await RunAsync("CreateHooks");
        var sync = (await _host.GetStoredJsonAsync("sync"))!.Trim('"');
        var async = (await _host.GetStoredJsonAsync("async"))!.Trim('"');

        var answered = await _host.Host.DeliverWebhookAsync(sync, Request("ping", "s3cret"));
        var refused = await _host.Host.DeliverWebhookAsync(sync, Request("ping", "wrong"));
        var queued = await _host.Host.DeliverWebhookAsync(async, Request("event", "s3cret"));
        await _host.RunPendingTasksAsync();

        Assert.Equal((200, "challenge:ping"), (answered.StatusCode, Encoding.UTF8.GetString(answered.Response!.Body.Span)));
        Assert.Equal("text/plain; charset=utf-8", answered.Response.ContentType);
        Assert.Equal(401, refused.StatusCode);
        Assert.Equal((int)HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal("\"s3cret|event\"", await _host.GetStoredJsonAsync("received"));
        Assert.DoesNotContain(await _host.GetTasksAsync(), t => t.IsWebhookDelivery && t.CallbackKey == "Verify");
    }

    private static WebhookRequest Request(string body, string secret)
        => new("POST", new Dictionary<string, string> { ["Content-Type"] = "text/plain" }, Encoding.UTF8.GetBytes(body))
        {
            Query = new Dictionary<string, string> { ["secret"] = secret },
        };
}
