using Twister.Hosting.Execution;
using Twister.Samples.GoogleCalendar.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Callbacks;

/// <summary>Persisted callbacks (queued batches, renewals, webhook tokens) keep working across versions.</summary>
public sealed class LegacyCallbackTests : CalendarTestBase
{
    [Fact]
    public async Task A_sync_batch_persisted_with_an_extra_argument_by_another_version_still_runs_its_pass()
    {
        await EnableAsync();
        var passId = System.Text.Json.JsonDocument.Parse((await Host.GetStoredJsonAsync($"sync_state_{Primary}"))!).RootElement.GetProperty("passId").GetString();

        var record = await Host.InvokeCallbackAsync(nameof(CalendarConnector.Callbacks.SyncBatch), $$"""["{{Primary}}", "{{passId}}", 3]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        Assert.NotEmpty(await Host.Plot.GetActivitiesAsync());
    }

    [Fact]
    public async Task A_sync_batch_of_a_replaced_pass_does_nothing()
    {
        await EnableAsync();

        var record = await Host.InvokeCallbackAsync(nameof(CalendarConnector.Callbacks.SyncBatch), $$"""["{{Primary}}", "an-earlier-pass"]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        await Host.AssertActivityCountAsync(0);
    }

    [Fact]
    public async Task A_sync_batch_persisted_without_its_pass_fails_with_the_key_and_index()
    {
        var record = await Host.InvokeCallbackAsync(nameof(CalendarConnector.Callbacks.SyncBatch), $$"""["{{Primary}}"]""");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var error = Assert.IsType<CallbackArgumentException>(record.Exception);
        Assert.Equal((nameof(CalendarConnector.Callbacks.SyncBatch), 1), (error.Key, error.Index));
    }
}
