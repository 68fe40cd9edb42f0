using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Webhooks;
using Twister.Samples.FakeGoogleCalendar;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.GoogleCalendar.Sync;
using Twister.Testing;

namespace Twister.Samples.GoogleCalendar.Tests.Infrastructure;

/// <summary>
/// The fake Google Calendar on loopback (the seed centred on <see cref="Anchor"/>) and a test host running
/// <see cref="CalendarConnector"/> against it, both fresh for every test, with the host's virtual clock set to
/// the fake account's time. Webhook URLs are on a public address (as behind a tunnel), so the connector opens
/// push channels; tests run due tasks only, since a channel's renewal is always queued days ahead.
/// </summary>
public abstract class CalendarTestBase : IAsyncLifetime
{
    /// <summary>The Monday the fake's events are placed around.</summary>
    protected static readonly DateOnly Anchor = new(2025, 3, 3);

    /// <summary>Where a tunnel would expose the host's webhook endpoint.</summary>
    protected static readonly Uri PublicWebhookAddress = new("https://hooks.example.test/");

    /// <summary>A budget well under the default, so a batch that grows expensive fails the tests.</summary>
    protected const int RequestBudget = 300;

    private bool _installed;

    protected FakeGoogleCalendarService Google { get; } = new(FakeCalendarData.Seed(Anchor));

    protected TwisterTestHost Host { get; private set; } = null!;

    /// <summary>The host's options, live: a test may point the Google origin elsewhere to make Google unreachable.</summary>
    protected TwisterOptions Options { get; private set; } = null!;

    /// <summary>The user's primary calendar (its id is their email).</summary>
    protected string Primary => Google.Data.UserEmail;

    /// <summary>The shared team calendar, where the user is a writer.</summary>
    protected string Team => Google.Data.Calendars[1].Id;

    /// <summary>Whether webhook URLs are public; a local URL makes the connector skip push channels.</summary>
    protected virtual bool PublicWebhooks => true;

    public async Task InitializeAsync()
    {
        await Google.StartAsync();
        Host = TwisterTestHost.Create<CalendarConnector>(
            o =>
            {
                Options = o;
                o.MapOrigin("https://www.googleapis.com", Google.BaseAddress);
                o.RequestBudget = RequestBudget;
                if (PublicWebhooks) o.WebhookBaseUrl = PublicWebhookAddress;
            },
            developmentToken: Google.Token);
        Host.Clock.SetUtcNow(Google.Data.Now);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Google.DisposeAsync();
    }

    /// <summary>Installs (once), enables <paramref name="calendarId"/> (the primary calendar by default) and runs its initial sync.</summary>
    protected async Task SyncAsync(string? calendarId = null, SyncContext? context = null)
    {
        await EnableAsync(calendarId, context);
        await RunTasksAsync();
    }

    /// <summary>Installs (once) and enables <paramref name="calendarId"/>, leaving its tasks queued.</summary>
    protected async Task EnableAsync(string? calendarId = null, SyncContext? context = null)
    {
        if (!_installed) await Host.Connector.InstallAsync();
        _installed = true;
        await Host.Connector.EnableChannelAsync(calendarId ?? Primary, context);
    }

    /// <summary>Runs the tasks due now (and those they queue for now), and checks none failed.</summary>
    protected async Task<IReadOnlyList<ExecutionRecord>> RunTasksAsync()
    {
        var records = await Host.RunPendingTasksAsync();
        await Host.AssertNoFailedExecutionsAsync();
        return records;
    }

    /// <summary>Moves both clocks, the fake account's and the host's, then runs the tasks due.</summary>
    protected async Task<IReadOnlyList<ExecutionRecord>> AdvanceAsync(TimeSpan by)
    {
        Google.Data.AdvanceClock(by);
        var records = await Host.AdvanceAsync(by);
        await Host.AssertNoFailedExecutionsAsync();
        return records;
    }

    /// <summary>Delivers what Google would post on the calendar's open channel (<c>exists</c>: something changed), then runs the tasks it queues.</summary>
    protected async Task<WebhookDelivery> NotifyAsync(string? calendarId = null, string resourceState = "exists")
    {
        var channel = Assert.Single(Google.Data.Channels, c => c.CalendarId == (calendarId ?? Primary));
        var delivery = await DeliverAsync(Google.BuildNotification(channel.Id, resourceState));
        await RunTasksAsync();
        return delivery;
    }

    /// <summary>Delivers a notification to the address it names, in process, as the tunnel would forward it.</summary>
    protected Task<WebhookDelivery> DeliverAsync(CalendarNotification notification)
        => Host.Host.DeliverWebhookAsync(notification.Address.AbsoluteUri, new WebhookRequest("POST", notification.Headers, ReadOnlyMemory<byte>.Empty));

    /// <summary>A single event or series master, by title.</summary>
    protected CalendarEvent Event(string summary, string? calendarId = null)
        => Google.Data.GetEvents(calendarId ?? Primary).Single(e => e.Summary == summary && e.RecurringEventId is null);

    protected Task<PlotActivity> ItemOfAsync(CalendarEvent e) => Host.AssertActivityAsync(EventItem.SourceOf(e.Id));

    protected Task<PlotActivity> ItemOfAsync(string summary, string? calendarId = null) => ItemOfAsync(Event(summary, calendarId));

    /// <summary>The Plot contact key of an attendee, by email.</summary>
    protected static string ContactKey(string email) => "email:" + email.ToLowerInvariant();

    /// <summary>A wall-clock time in Paris, where the seed's primary calendar is.</summary>
    protected static DateTimeOffset Paris(DateOnly day, int hour, int minute = 0) => EventTime.At(day, new TimeOnly(hour, minute), "Europe/Paris").DateTime!.Value;
}
