using Twister.Hosting.Plot;
using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.Lifecycle;

public sealed class DisableChannelTests : ConnectorTestBase
{
    [Fact]
    public async Task Disabling_archives_the_channels_activities_only_and_clears_its_state()
    {
        await SyncFirstTeamAsync();
        var other = Linear.Data.Teams[1];
        await Host.Connector.EnableChannelAsync(other.Id);
        await Host.RunUntilIdleAsync();

        var archived = await Host.Connector.DisableChannelAsync(Team.Id);

        Assert.Equal(IssuesPerTeam, archived); // archived by the platform, through the activities' meta
        var mine = await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = Team.Id });
        var theirs = await Host.Plot.GetActivitiesAsync(new ActivityQuery { ChannelId = other.Id });
        Assert.Equal(IssuesPerTeam, mine.Count);
        Assert.All(mine, a => Assert.True(a.Archived));
        Assert.All(theirs, a => Assert.False(a.Archived));
        Assert.Equal(IssuesPerTeam, theirs.Count);
        Assert.Null(await Host.GetStoredJsonAsync($"sync_state_{Team.Id}"));
        Assert.Null(await Host.GetStoredJsonAsync($"webhook_url_{Team.Id}"));
        Assert.NotNull(await Host.GetStoredJsonAsync($"webhook_url_{other.Id}"));
    }

    [Fact]
    public async Task A_batch_queued_before_the_channel_was_disabled_does_nothing()
    {
        await Host.InstallAsync(Team.Id); // the first batch is queued, not run
        await Host.Connector.DisableChannelAsync(Team.Id);

        await Host.RunUntilIdleAsync();

        await Host.AssertNoFailedExecutionsAsync();
        await Host.AssertActivityCountAsync(0);
    }

    [Fact]
    public async Task Enabling_again_after_disabling_brings_the_activities_back_unarchived()
    {
        await SyncFirstTeamAsync();
        await Host.Connector.DisableChannelAsync(Team.Id);

        await Host.Connector.EnableChannelAsync(Team.Id);
        await Host.RunUntilIdleAsync();

        var activities = await Host.AssertActivityCountAsync(IssuesPerTeam);
        Assert.All(activities, a => Assert.False(a.Archived));
    }
}
