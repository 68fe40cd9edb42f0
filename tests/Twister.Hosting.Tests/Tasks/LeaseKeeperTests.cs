using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Twister.Hosting.Storage;
using Twister.Hosting.Tasks;

namespace Twister.Hosting.Tests.Tasks;

public sealed class LeaseKeeperTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_tick_that_comes_while_a_renewal_runs_renews_again_when_it_ends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var start = clock.GetUtcNow();
        var queue = new SlowRenewals();
        await using var keeper = new LeaseKeeper(queue, clock, Claimed(start), Lease, NullLogger.Instance, CancellationToken.None);

        clock.Advance(Lease / 3);
        var first = await queue.Started.Reader.ReadAsync();
        clock.Advance(Lease / 3);
        Assert.False(queue.Started.Reader.TryRead(out _));
        first.SetResult(true);

        var second = await queue.Started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        second.SetResult(true);
        Assert.Equal([start + Lease / 3 + Lease, start + 2 * (Lease / 3) + Lease], queue.RequestedUntil);
        Assert.False(keeper.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task A_refused_renewal_cancels_the_execution()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var queue = new SlowRenewals();
        await using var keeper = new LeaseKeeper(queue, clock, Claimed(clock.GetUtcNow()), Lease, NullLogger.Instance, CancellationToken.None);

        clock.Advance(Lease / 3);
        (await queue.Started.Reader.ReadAsync()).SetResult(false);

        await Task.Delay(Timeout.Infinite, keeper.Token).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(keeper.Token.IsCancellationRequested);
    }

    private static ClaimedTask Claimed(DateTimeOffset now)
        => new("t1", "c", "ch", "Sync", "[]"u8.ToArray(), null, now, 1, "host-1", now + Lease);

    /// <summary>A queue whose renewals wait until the test answers them.</summary>
    private sealed class SlowRenewals : ITaskQueue
    {
        public System.Threading.Channels.Channel<TaskCompletionSource<bool>> Started { get; } = System.Threading.Channels.Channel.CreateUnbounded<TaskCompletionSource<bool>>();

        public List<DateTimeOffset> RequestedUntil { get; } = [];

        public Task<bool> RenewLeaseAsync(string taskId, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
        {
            lock (RequestedUntil) RequestedUntil.Add(leaseUntil);
            var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Started.Writer.TryWrite(answer);
            return answer.Task;
        }

        public Task<ClaimedTask?> ClaimNextAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, ChannelKey? channel, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ChannelKey>> DueChannelsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<QueuedTask>> ListAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
