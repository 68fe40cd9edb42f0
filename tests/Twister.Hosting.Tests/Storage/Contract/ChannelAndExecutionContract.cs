using Twister.Hosting.Execution;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Tests.Storage.Contract;

public abstract partial class StorageContract
{
    [Fact]
    public async Task Channels_are_saved_enabled_and_listed_per_connector()
    {
        await CommitAsync(new SaveChannel("c", "b", "Bravo", "token-1"), new SaveChannel("c", "a", "Alpha", null), new SaveChannel("other", "z", "Zulu", "t"));
        await CommitAsync(new SaveChannel("c", "b", "Bravo renamed", "token-2"), new SetChannelEnabled("c", "b", true));

        Assert.Equal(
            [new ChannelRecord("c", "a", "Alpha", null, false), new ChannelRecord("c", "b", "Bravo renamed", "token-2", true)],
            await Storage.Channels.ListAsync("c", CancellationToken.None));
        Assert.Equal(new ChannelRecord("other", "z", "Zulu", "t", false), await Storage.Channels.FindAsync("other", "z", CancellationToken.None));
        Assert.Null(await Storage.Channels.FindAsync("c", "z", CancellationToken.None));
        Assert.Equal([0], await CommitAsync(new SetChannelEnabled("c", "missing", true)));
    }

    [Fact]
    public async Task Executions_are_recorded_and_listed_oldest_first()
    {
        var first = new ExecutionRecord("exe_1", "c", ExecutionKind.Task, "Sync", "task-1", ExecutionStatus.Failed, "HttpRequestException: 503", 7, T0, T0.AddSeconds(1)) { ChannelId = "ch" };
        var second = new ExecutionRecord("exe_0", "c", ExecutionKind.GetChannels, null, null, ExecutionStatus.Succeeded, null, 1, T0.AddSeconds(2), T0.AddSeconds(3)) { ChannelId = "" };

        await CommitAsync(new RecordExecution(first));
        await CommitAsync(new RecordExecution(second));

        Assert.Equal([first, second], await Storage.Executions.ListAsync(CancellationToken.None));
    }
}
