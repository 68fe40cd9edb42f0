using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Configuration;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Samples.FakeGoogleCalendar;
using Twister.Samples.FakeGoogleCalendar.Data;
using Twister.Samples.FakeGoogleCalendar.Model;
using Twister.Samples.GoogleCalendar;
using Twister.Samples.GoogleCalendar.Sync;

namespace Twister.Samples.Linear.Demo.GoogleCalendar;

/// <summary>
/// The Google Calendar connector against the fake Google Calendar: three calendars (the user's own, a team's, a
/// holiday calendar) with timed and all-day events, time zones, recurring series with moved and cancelled
/// occurrences, attendees and their answers. After the initial sync a series changes in Google and a notification
/// brings it by an incremental sync from the sync token; the user answers an invitation in Plot and Google takes
/// the answer; the push channels reach their renewal time and a task replaces each.
/// </summary>
public sealed class GoogleCalendarDemo : IConnectorDemo
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "google-calendar";

    /// <summary>What the demo shows, for <c>--help</c>.</summary>
    public const string Summary = "3 calendars: timed and all-day events, time zones, recurring series with moved and cancelled occurrences; "
                                  + "an incremental sync by sync token after a push notification, an RSVP written back, push channels renewed by a task.";

    /// <summary>The Monday the fake's events are placed around: a fixed date, so every run syncs the same events.</summary>
    public static readonly DateOnly Anchor = new(2025, 3, 3);

    /// <summary>
    /// Where a tunnel would expose the host's webhook endpoint. Google registers push channels only for a public
    /// address, so the demo gives one; it plays the tunnel and Google, handing each notification to the host.
    /// </summary>
    public static readonly Uri TunnelAddress = new("https://tunnel.twister-demo.invalid/");

    /// <summary>The title the demo gives the Monday standup it moves in Google.</summary>
    public const string MovedTitle = "Team standup (moved to 11:00)";

    private const string Paris = "Europe/Paris";

    private readonly FakeGoogleCalendarService _google = new(FakeCalendarData.Seed(Anchor));

    /// <inheritdoc/>
    public string Name => ConnectorName;

    /// <inheritdoc/>
    public string BatchCallbackKey => nameof(CalendarConnector.Callbacks.SyncBatch);

    /// <summary>The single events and series in the fake's calendars: the items the initial sync brings.</summary>
    public int Events => _google.Data.Calendars.Sum(c => _google.Data.GetEvents(c.Id).Count(e => e.RecurringEventId is null && e.Status != "cancelled"));

    /// <inheritdoc/>
    /// <remarks>
    /// Upserts, not items: the quick pass (from now on, which includes every series) and the full pass (the whole
    /// history window) both upsert what is upcoming. Counted by the fake's own listing.
    /// </remarks>
    public int ExpectedItems => _google.Data.Calendars.Sum(c => Listed(c.Id, _google.Data.Now) + Listed(c.Id, _google.Data.Now - CalendarConnector.DefaultHistory));

    /// <inheritdoc/>
    /// <remarks>The fake account's time: the events sit around <see cref="Anchor"/>, two weeks ahead.</remarks>
    public DateTimeOffset ClockStart => _google.Data.Now;

    /// <inheritdoc/>
    public async Task<string> StartServiceAsync(CancellationToken cancellationToken)
    {
        await _google.StartAsync(cancellationToken);
        return $"Fake Google Calendar on {_google.BaseAddress} ({_google.Data.Calendars.Count} calendars, {Events} events and series; the account's clock at {_google.Data.Now:yyyy-MM-dd HH:mm} UTC)";
    }

    /// <inheritdoc/>
    public void Configure(TwisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MapOrigin("https://www.googleapis.com", _google.BaseAddress);
        options.WebhookBaseUrl = TunnelAddress;
    }

    /// <inheritdoc/>
    public void AddConnector(TwisterBuilder twister) => twister.AddConnector<CalendarConnector>(c => c.DevelopmentToken = _google.Token);

    /// <inheritdoc/>
    /// <remarks>
    /// Each run starts the fake from the same seed at the same time and makes the same changes; every write is
    /// keyed (items by event id, notes by key), so a second run leaves the same counts. The host's and the fake
    /// account's clocks move together.
    /// </remarks>
    public async Task ShowChangesAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var primary = _google.Data.UserEmail;
        await ShowScheduleAsync(run, primary, cancellationToken);

        var standup = Event(primary, "Team standup");
        _google.Data.ModifyOccurrence(primary, standup.Id, EventTime.At(Anchor.AddDays(7), new(9, 30), Paris),
            EventTime.At(Anchor.AddDays(7), new(11, 0), Paris), EventTime.At(Anchor.AddDays(7), new(11, 15), Paris), MovedTitle);
        _google.Data.CancelOccurrence(primary, standup.Id, EventTime.At(Anchor.AddDays(9), new(9, 30), Paris));
        var before = (await run.Host.GetExecutionsAsync(cancellationToken)).Count;
        await NotifyAsync(run, primary, cancellationToken);
        var pass = (await run.Host.GetExecutionsAsync(cancellationToken)).Skip(before).Where(e => e.CallbackKey == BatchCallbackKey).ToList();
        var series = Scheduled(await ItemAsync(run, standup, cancellationToken)).Schedules[0];
        run.Reporter.Step($"Moved the standup of {Anchor.AddDays(7):MMM d} and cancelled that of {Anchor.AddDays(9):MMM d} in Google; the push notification started an incremental sync "
                          + $"from the kept sync token ({pass.Count} batch, {pass.Sum(e => e.Requests)} requests): the series now has {Describe(series.Occurrences)}");

        var planning = Event(primary, "Quarterly planning");
        var invitation = Scheduled(await ItemAsync(run, planning, cancellationToken));
        await run.Host.Plot.RespondAsync(invitation.Id, "email:" + primary, RsvpStatus.Attend, cancellationToken);
        var answer = _google.Data.GetEvent(primary, planning.Id)!.Attendees.Single(a => a.Email == primary).ResponseStatus;
        run.Reporter.Step($"Accepted \"{planning.Summary}\" (organized by {planning.OrganizerName}) in Plot; Google now has the user's answer \"{answer}\", the other guests' untouched");

        var old = _google.Data.Channels.Single(c => c.CalendarId == primary);
        // The renewal is due a day before the channel expires. The fake account's clock ticks a minute per change,
        // the host's stands still: both are moved to that instant.
        var renewalDue = old.Expiration - CalendarConnector.RenewalLead;
        _google.Data.AdvanceClock(renewalDue - _google.Data.Now);
        var renewals = await run.AdvanceAsync(renewalDue - run.Clock.GetUtcNow(), cancellationToken);
        var renewed = _google.Data.Channels.Single(c => c.CalendarId == primary);
        run.Reporter.Step($"Moved both clocks to {renewalDue:MMM d HH:mm}, a day before the push channels expire: {renewals} renewal tasks ran, each opened a new channel "
                          + $"and stopped the old one (primary: {Short(old.Id)} expiring {old.Expiration:MMM d} replaced by {Short(renewed.Id)} expiring {renewed.Expiration:MMM d})");

        var offsite = Event(primary, "Team offsite");
        _google.Data.UpdateEvent(primary, offsite.Id, summary: "Team offsite (Lyon)");
        await NotifyAsync(run, primary, cancellationToken);
        var offsiteItem = Scheduled(await ItemAsync(run, offsite, cancellationToken));
        run.Reporter.Step($"Renamed the offsite in Google; the renewed channel's notification brought \"{offsiteItem.Title}\"");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _google.DisposeAsync();

    // What the initial sync made of three kinds of events: a timed meeting, an all-day event, a weekly series.
    private async Task ShowScheduleAsync(DemoRun run, string primary, CancellationToken cancellationToken)
    {
        var review = Scheduled(await ItemAsync(run, Event(primary, "Design review"), cancellationToken));
        var timed = review.Schedules[0];
        run.Reporter.Step($"\"{review.Title}\": {timed.Start:yyyy-MM-dd HH:mm} UTC in {timed.TimeZone}, {timed.Contacts.Count} attendees "
                          + $"({string.Join(", ", timed.Contacts.Select(c => $"{c.ContactKey[6..]} {c.Status?.ToString() ?? "no answer"}"))})");
        var offsite = Scheduled(await ItemAsync(run, Event(primary, "Team offsite"), cancellationToken));
        var allDay = offsite.Schedules[0];
        run.Reporter.Step($"\"{offsite.Title}\": all day, {allDay.StartDate:yyyy-MM-dd} to {allDay.EndDate:yyyy-MM-dd} (end exclusive)");
        var standup = Scheduled(await ItemAsync(run, Event(primary, "Team standup"), cancellationToken));
        var series = standup.Schedules[0];
        run.Reporter.Step($"\"{standup.Title}\": {series.RecurrenceRule} in {series.TimeZone}, with {Describe(series.Occurrences)}");
    }

    // Delivers what Google posts on the calendar's open channel when something changed, as the tunnel would
    // forward it to the host, then runs the tasks it queued (the notification, then the incremental pass).
    private async Task NotifyAsync(DemoRun run, string calendarId, CancellationToken cancellationToken)
    {
        var notification = _google.BuildNotification(_google.Data.Channels.Single(c => c.CalendarId == calendarId).Id);
        var delivery = await run.Host.DeliverWebhookAsync(notification.Address.AbsoluteUri,
            new WebhookRequest("POST", notification.Headers, ReadOnlyMemory<byte>.Empty), cancellationToken);
        if (!delivery.IsAccepted) throw new InvalidOperationException($"The host refused Google's notification: {delivery.StatusCode} {delivery.Reason}");
        if (await run.RunDueTasksAsync(cancellationToken: cancellationToken) == 0) throw new InvalidOperationException("The notification queued no task.");
    }

    // The single events and series masters a pass from timeMin upserts (occurrences go with their series).
    private int Listed(string calendarId, DateTimeOffset timeMin)
        => _google.Data.ListEvents(calendarId, new EventListRequest(timeMin, MaxResults: 2500))!.Items.Count(e => e.RecurringEventId is null && e.Status != "cancelled");

    private CalendarEvent Event(string calendarId, string summary)
        => _google.Data.GetEvents(calendarId).Single(e => e.Summary == summary && e.RecurringEventId is null);

    private static Task<PlotActivity?> ItemAsync(DemoRun run, CalendarEvent e, CancellationToken cancellationToken)
        => run.Host.Plot.FindActivityAsync(EventItem.SourceOf(e.Id), cancellationToken);

    private static PlotActivity Scheduled(PlotActivity? item)
        => item is { Schedules.Count: > 0 } ? item : throw new InvalidOperationException("An event did not reach Plot with its schedule.");

    private static string Describe(IReadOnlyList<PlotOccurrence> occurrences)
    {
        var cancelled = occurrences.Count(o => o.Cancelled);
        return string.Create(CultureInfo.InvariantCulture, $"{occurrences.Count - cancelled} moved and {cancelled} cancelled occurrences");
    }

    private static string Short(string id) => id.Length > 8 ? id[..8] : id;
}
