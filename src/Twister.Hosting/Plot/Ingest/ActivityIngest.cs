using Twister.Hosting.Plot.Json;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot.Ingest;

/// <summary>
/// Checks a connector's activity and prepares it for storage, before any transaction: link type and status
/// against the declared link types, contacts (authors, assignee, mentions, attendees) turned into contact
/// rows and keys, schedules and recurrence rules checked, HTML notes converted to markdown, the incoming
/// content hashed for the write-back baseline, meta, links, tags and actions serialized. Anything wrong
/// throws a <see cref="PlotValidationException"/> naming the item and the field.
/// </summary>
internal sealed class ActivityIngest
{
    private readonly string _connector;
    private readonly string _item;
    private readonly Dictionary<string, ContactRow> _contacts = new(StringComparer.Ordinal);

    private ActivityIngest(string connector, string item)
    {
        _connector = connector;
        _item = item;
    }

    /// <summary>The upsert of <paramref name="activity"/>, synced by <paramref name="connector"/>.</summary>
    /// <param name="connector">The connector's name.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="linkTypes">The link types the item may have: the connector's and its channel's.</param>
    /// <param name="storedLinkType">The link type the stored item has, for a status sent without one.</param>
    /// <exception cref="PlotValidationException">Something in <paramref name="activity"/> cannot be accepted.</exception>
    public static UpsertActivity Prepare(string connector, NewActivity activity, IReadOnlyList<LinkTypeConfig> linkTypes, string? storedLinkType = null)
        => new ActivityIngest(connector, activity.Source ?? $"(an item without a source titled '{activity.Title}')").Run(activity, linkTypes, storedLinkType);

    private UpsertActivity Run(NewActivity activity, IReadOnlyList<LinkTypeConfig> linkTypes, string? storedLinkType)
    {
        CheckLink(activity, linkTypes, storedLinkType);
        var meta = activity.Meta;
        var row = new ActivityRow(
            activity.Source, _connector, activity.Type, activity.Title, activity.Done, activity.Start, activity.End,
            meta?.SyncProvider, meta?.ChannelId, meta?.ExternalId, PlotJson.WriteMetaValues(meta),
            activity.LinkType, activity.Status, activity.SourceUrl, activity.Unread, activity.Archived)
        {
            AuthorKey = activity.Author is null ? null : Key(activity.Author, "Author", allowNobody: false),
            AssigneeKey = activity.Assignee is null ? null : Key(activity.Assignee, "Assignee", allowNobody: true),
            Created = activity.Created,
            Updated = activity.Updated,
            Preview = activity.Preview,
            Priority = activity.Priority,
            RelatedSource = activity.RelatedSource,
            TagsJson = TagsJson.Write(Checked(activity.Tags, "Tags")),
            ActionsJson = ActionsJson.Write(Checked(activity.Actions)),
            SchedulesJson = activity.Schedules is null ? null : SchedulesJson.Write([.. activity.Schedules.Select((s, i) => Schedule(s, $"Schedules[{i}]"))]),
        };
        var notes = activity.Notes is { Count: > 0 } list ? new NoteRow[list.Count] : [];
        for (var i = 0; i < notes.Length; i++) notes[i] = Note(activity.Notes![i], $"Notes[{i}]");
        return new UpsertActivity(row, notes) { Contacts = [.. _contacts.Values] };
    }

    private void CheckLink(NewActivity activity, IReadOnlyList<LinkTypeConfig> linkTypes, string? storedLinkType)
    {
        var typeName = activity.LinkType ?? storedLinkType;
        var type = typeName is null ? null : linkTypes.FirstOrDefault(t => t.Type == typeName);
        if (activity.LinkType is not null && type is null)
        {
            throw new PlotValidationException(_item, "LinkType",
                $"'{activity.LinkType}' is not a link type of connector '{_connector}' or of its channel ({Names(linkTypes.Select(t => t.Type))}).");
        }
        if (activity.Status is null) return;
        if (type is null) throw new PlotValidationException(_item, "Status", $"'{activity.Status}' is set, but the item has no link type to declare it; set LinkType.");
        if (type.Statuses.All(s => s.Status != activity.Status))
        {
            throw new PlotValidationException(_item, "Status",
                $"'{activity.Status}' is not a status of link type '{type.Type}' ({Names(type.Statuses.Select(s => s.Status))}).");
        }
    }

    private NoteRow Note(NewNote note, string field)
    {
        var (content, contentType) = note.ContentType == ContentType.Html && note.Content is not null
            ? (HtmlToMarkdown.Convert(note.Content), ContentType.Markdown)
            : (note.Content, note.ContentType);
        var author = note.Author switch
        {
            null => new Actor(_connector, ActorType.Twist, _connector),
            Actor actor => actor,
            NewContact contact => new Actor(Contact(contact, $"{field}.Author").Key, ActorType.Contact, contact.Name),
            _ => throw new PlotValidationException(_item, $"{field}.Author", "cannot be Nobody."),
        };
        return new NoteRow(note.Key, content, contentType, author, PlotJson.WriteLinks(note.Links), ContentHash.Of(note.Content))
        {
            Created = note.Created,
            ReplyTo = note.ReplyTo,
            MentionsJson = KeysJson.Write(note.Mentions is null ? null : [.. note.Mentions.Select((m, i) => Key(m, $"{field}.Mentions[{i}]", allowNobody: false))]),
            TagsJson = TagsJson.Write(Checked(note.Tags, $"{field}.Tags")),
        };
    }

    private PlotSchedule Schedule(NewSchedule schedule, string field)
    {
        if (schedule.Start is null == schedule.StartDate is null)
            throw new PlotValidationException(_item, field, "needs either Start (a timed schedule) or StartDate (an all-day one), not both or neither.");
        if (schedule.End < schedule.Start) throw new PlotValidationException(_item, $"{field}.End", "is before its Start.");
        if (schedule.EndDate <= schedule.StartDate) throw new PlotValidationException(_item, $"{field}.EndDate", "must be after StartDate (it is exclusive).");
        if (schedule.StartDate is not null && (schedule.Start ?? schedule.End) is not null)
            throw new PlotValidationException(_item, field, "is all-day (StartDate) but also has times (Start/End); use EndDate.");
        if (schedule.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            throw new PlotValidationException(_item, $"{field}.TimeZone", $"'{zone}' is not a known time zone (use an IANA id such as Europe/Paris).");
        string? rule = null;
        if (schedule.RecurrenceRule is { } text)
        {
            rule = RecurrenceRule.Normalize(text, out var problem)
                   ?? throw new PlotValidationException(_item, $"{field}.RecurrenceRule", $"'{text}' is not a valid RFC 5545 rule: it {problem}");
        }
        if (rule is null && schedule.Occurrences is { Count: > 0 })
            throw new PlotValidationException(_item, $"{field}.Occurrences", "are set on a schedule without a RecurrenceRule.");
        return new PlotSchedule(
            schedule.Start, schedule.End, schedule.StartDate, schedule.EndDate, schedule.TimeZone, rule,
            [.. (schedule.Occurrences ?? []).Select((o, i) => new PlotOccurrence(o.OriginalStart, o.Start, o.End, o.Cancelled, Attendees(o.Contacts, $"{field}.Occurrences[{i}].Contacts")))],
            Attendees(schedule.Contacts, $"{field}.Contacts"), schedule.Cancelled);
    }

    private IReadOnlyList<PlotScheduleContact> Attendees(IReadOnlyList<NewScheduleContact>? contacts, string field)
        => [.. (contacts ?? []).Select((c, i) => new PlotScheduleContact(Key(c.Contact, $"{field}[{i}]", allowNobody: false), c.Status, c.Role))];

    /// <summary>The key <paramref name="actor"/> is stored under; a contact is also queued for merging.</summary>
    private string Key(NewActor actor, string field, bool allowNobody) => actor switch
    {
        Actor existing => ContactKeys.Of(existing),
        NewContact contact => Contact(contact, field).Key,
        _ when allowNobody => "",
        _ => throw new PlotValidationException(_item, field, "cannot be Nobody."),
    };

    private ContactRow Contact(NewContact contact, string field)
    {
        var row = ContactKeys.ToRow(contact, _item, field);
        // One contact named twice in an item merges into one row (the later details win).
        _contacts[row.Key] = _contacts.TryGetValue(row.Key, out var earlier)
            ? row with { Name = row.Name ?? earlier.Name, AvatarUrl = row.AvatarUrl ?? earlier.AvatarUrl, Email = row.Email ?? earlier.Email, EmailKey = row.EmailKey ?? earlier.EmailKey }
            : row;
        return row;
    }

    private IReadOnlyCollection<Tag>? Checked(IReadOnlyCollection<Tag>? tags, string field)
    {
        foreach (var tag in tags ?? [])
        {
            if (!Enum.IsDefined(tag)) throw new PlotValidationException(_item, field, $"has {(int)tag}, which is not a Plot tag.");
        }
        return tags;
    }

    private IReadOnlyList<ItemAction>? Checked(IReadOnlyList<ItemAction>? actions)
    {
        for (var i = 0; i < (actions?.Count ?? 0); i++)
        {
            var action = actions![i];
            var field = $"Actions[{i}]";
            if (action.Kind == ItemActionKind.Callback)
            {
                if (string.IsNullOrEmpty(action.CallbackToken)) throw new PlotValidationException(_item, field, "is a callback action without a token (create one with Tools.Callbacks.CreateAsync).");
            }
            else if (!Uri.TryCreate(action.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                throw new PlotValidationException(_item, $"{field}.Url", $"'{action.Url}' is not an absolute http(s) URL.");
            }
        }
        return actions;
    }

    private static string Names(IEnumerable<string> names) => names.Any() ? $"declared: {string.Join(", ", names)}" : "none declared";
}
