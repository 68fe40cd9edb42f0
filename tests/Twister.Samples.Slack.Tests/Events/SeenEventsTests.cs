using Twister.Samples.Slack.Events;

namespace Twister.Samples.Slack.Tests.Events;

public sealed class SeenEventsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_event_is_remembered_for_the_window_then_forgotten()
    {
        var seen = SeenEvents.None.Add("Ev1", Now);

        var later = seen.Add("Ev2", Now + SeenEvents.Window - TimeSpan.FromSeconds(1));
        var muchLater = later.Add("Ev3", Now + SeenEvents.Window);

        Assert.True(later.Contains("Ev1"));
        Assert.False(muchLater.Contains("Ev1"));
        Assert.True(muchLater.Contains("Ev2"));
        Assert.True(muchLater.Contains("Ev3"));
    }

    [Fact]
    public void At_most_the_capacity_is_kept_the_newest()
    {
        var seen = SeenEvents.None;
        for (var i = 0; i < SeenEvents.Capacity + 10; i++) seen = seen.Add($"Ev{i}", Now);

        Assert.Equal(SeenEvents.Capacity, seen.Events.Count);
        Assert.False(seen.Contains("Ev9"));
        Assert.True(seen.Contains("Ev10"));
        Assert.True(seen.Contains($"Ev{SeenEvents.Capacity + 9}"));
    }
}
