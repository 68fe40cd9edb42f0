using System.Globalization;
using System.Text.Json;

namespace Twister.Hosting.Plot.Json;

/// <summary>An item's schedules as JSON; attendees are stored by contact key.</summary>
internal static class SchedulesJson
{
    public static string? Write(IReadOnlyList<PlotSchedule>? schedules)
        => schedules is null ? null : JsonColumn.Write(w =>
        {
            w.WriteStartArray();
            foreach (var schedule in schedules) Write(w, schedule);
            w.WriteEndArray();
        });

    public static IReadOnlyList<PlotSchedule> Read(string? json)
        => json is null ? [] : JsonColumn.Read(json, root => root.EnumerateArray().Select(ReadSchedule).ToList());

    private static void Write(Utf8JsonWriter w, PlotSchedule schedule)
    {
        w.WriteStartObject();
        w.WriteTime("start", schedule.Start);
        w.WriteTime("end", schedule.End);
        if (schedule.StartDate is { } startDate) w.WriteString("startDate", startDate.ToString("O", CultureInfo.InvariantCulture));
        if (schedule.EndDate is { } endDate) w.WriteString("endDate", endDate.ToString("O", CultureInfo.InvariantCulture));
        if (schedule.TimeZone is not null) w.WriteString("timeZone", schedule.TimeZone);
        if (schedule.RecurrenceRule is not null) w.WriteString("rrule", schedule.RecurrenceRule);
        if (schedule.Cancelled) w.WriteBoolean("cancelled", true);
        w.WriteStartArray("occurrences");
        foreach (var occurrence in schedule.Occurrences)
        {
            w.WriteStartObject();
            w.WriteTime("original", occurrence.OriginalStart);
            w.WriteTime("start", occurrence.Start);
            w.WriteTime("end", occurrence.End);
            if (occurrence.Cancelled) w.WriteBoolean("cancelled", true);
            WriteContacts(w, occurrence.Contacts);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteContacts(w, schedule.Contacts);
        w.WriteEndObject();
    }

    private static void WriteContacts(Utf8JsonWriter w, IReadOnlyList<PlotScheduleContact> contacts)
    {
        w.WriteStartArray("contacts");
        foreach (var contact in contacts)
        {
            w.WriteStartObject();
            w.WriteString("key", contact.ContactKey);
            if (contact.Status is { } status) w.WriteString("status", status.ToString());
            w.WriteString("role", contact.Role.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static PlotSchedule ReadSchedule(JsonElement e) => new(
        e.Time("start"), e.Time("end"), Date(e.String("startDate")), Date(e.String("endDate")), e.String("timeZone"), e.String("rrule"),
        [.. e.GetProperty("occurrences").EnumerateArray().Select(o => new PlotOccurrence(o.Time("original")!.Value, o.Time("start"), o.Time("end"), Cancelled(o), ReadContacts(o)))],
        ReadContacts(e), Cancelled(e));

    private static IReadOnlyList<PlotScheduleContact> ReadContacts(JsonElement e)
        => [.. e.GetProperty("contacts").EnumerateArray().Select(c => new PlotScheduleContact(
            c.String("key")!, c.String("status") is { } status ? Enum.Parse<RsvpStatus>(status) : null, Enum.Parse<ScheduleContactRole>(c.String("role")!)))];

    private static bool Cancelled(JsonElement e) => e.TryGetProperty("cancelled", out var value) && value.GetBoolean();

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture);
}
