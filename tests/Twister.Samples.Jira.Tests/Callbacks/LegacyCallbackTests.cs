using Twister.Hosting.Execution;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.Callbacks;

public sealed class LegacyCallbackTests : JiraTestBase
{
    [Fact]
    public async Task A_SyncBatch_persisted_with_an_extra_argument_by_another_version_still_dispatches()
    {
        await Host.Connector.InstallAsync();
        await Host.Connector.EnableChannelAsync(Project.Id); // the backfill's state is in the store

        var record = await Host.InvokeCallbackAsync(nameof(JiraConnector.Callbacks.SyncBatch), $$"""["{{Project.Id}}", 3]""");

        Assert.Equal(ExecutionStatus.Succeeded, record.Status);
        await Host.AssertActivityCountAsync(JiraConnector.PageSize);
    }

    [Fact]
    public async Task A_SyncUpdates_persisted_without_its_project_fails_with_the_key_and_index()
    {
        var record = await Host.InvokeCallbackAsync(nameof(JiraConnector.Callbacks.SyncUpdates), "[]");

        Assert.Equal(ExecutionStatus.Failed, record.Status);
        var error = Assert.IsType<CallbackArgumentException>(record.Exception);
        Assert.Equal((nameof(JiraConnector.Callbacks.SyncUpdates), 0), (error.Key, error.Index));
    }
}
