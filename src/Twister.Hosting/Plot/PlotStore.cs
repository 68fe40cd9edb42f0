using Microsoft.Data.Sqlite;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Plot;

/// <summary>
/// The Plot side's tables: activities upserted by source, notes upserted by key within their activity.
/// Callers hold the database lease (inside an execution, its transaction).
/// </summary>
internal static class PlotStore
{
    private const string ActivityColumns = "id, source, connector, type, title, done, starts_at, ends_at, sync_provider, channel_id, external_id, meta, link_type, link_status, source_url, unread, archived";
    private const string NoteColumns = "id, activity_id, note_key, content, content_type, author_id, author_type, author_name, links, baseline_hash";

    /// <summary>
    /// Creates or updates the activity with <paramref name="activity"/>'s source and upserts its notes.
    /// A new activity is unread and unarchived unless told otherwise; an update leaves both alone when they are null.
    /// </summary>
    /// <returns>The activity id and the number of notes written.</returns>
    public static (long ActivityId, int NotesWritten) UpsertActivity(TwisterDatabase database, string? connector, NewActivity activity, DateTimeOffset now, LinkFields link = default)
    {
        var meta = activity.Meta;
        var id = (long)database.Scalar(
            """
            INSERT INTO activities (source, connector, type, title, done, starts_at, ends_at, sync_provider, channel_id, external_id, meta,
                                    link_type, link_status, source_url, unread, archived, created_at, updated_at)
            VALUES (@source, @connector, @type, @title, @done, @start, @end, @sp, @ch, @ext, @meta, @lt, @ls, @url,
                    COALESCE(@unread, 1), COALESCE(@archived, 0), @now, @now)
            ON CONFLICT (source) DO UPDATE SET
                connector = COALESCE(excluded.connector, connector), type = excluded.type, title = excluded.title,
                done = excluded.done, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                sync_provider = excluded.sync_provider, channel_id = excluded.channel_id, external_id = excluded.external_id,
                meta = excluded.meta, link_type = COALESCE(excluded.link_type, link_type),
                link_status = COALESCE(excluded.link_status, link_status), source_url = COALESCE(excluded.source_url, source_url),
                unread = COALESCE(@unread, unread), archived = COALESCE(@archived, archived), updated_at = excluded.updated_at
            RETURNING id
            """,
            ("@source", activity.Source), ("@connector", connector), ("@type", (int)activity.Type), ("@title", activity.Title),
            ("@done", DbValues.ToUnixMs(activity.Done)), ("@start", DbValues.ToUnixMs(activity.Start)), ("@end", DbValues.ToUnixMs(activity.End)),
            ("@sp", meta?.SyncProvider), ("@ch", meta?.ChannelId), ("@ext", meta?.ExternalId), ("@meta", PlotJson.WriteMetaValues(meta)),
            ("@lt", link.Type), ("@ls", link.Status), ("@url", link.SourceUrl),
            ("@unread", activity.Unread), ("@archived", activity.Archived), ("@now", DbValues.ToUnixMs(now)))!;

        var written = 0;
        foreach (var note in activity.Notes ?? [])
        {
            if (UpsertSyncedNote(database, id, connector, note, now)) written++;
        }
        return (id, written);
    }

    /// <summary>
    /// Writes a note coming from the connector's sync-in. A note with a write-back baseline keeps Plot's
    /// content when the incoming content hashes to the baseline, and is overwritten (baseline dropped) otherwise.
    /// </summary>
    /// <returns><see langword="true"/> when the note was written.</returns>
    private static bool UpsertSyncedNote(TwisterDatabase database, long activityId, string? connector, NewNote note, DateTimeOffset now)
    {
        var (content, contentType) = Ingest(note);
        var author = note.Author ?? new Actor(connector ?? "twist", ActorType.Twist, connector);
        var links = PlotJson.WriteLinks(note.Links);
        (long Id, string? Baseline)? existing = null;
        if (note.Key is not null)
        {
            using var command = database.Command("SELECT id, baseline_hash FROM notes WHERE activity_id = @a AND note_key = @k", ("@a", activityId), ("@k", note.Key));
            using var reader = command.ExecuteReader();
            if (reader.Read()) existing = (reader.GetInt64(0), reader.NullableString(1));
        }
        if (existing is { } found)
        {
            if (found.Baseline is not null && found.Baseline == ContentHash.Of(note.Content)) return false;
            database.Execute(
                "UPDATE notes SET content = @c, content_type = @ct, author_id = @ai, author_type = @at, author_name = @an, links = @l, baseline_hash = NULL, updated_at = @now WHERE id = @id",
                ("@c", content), ("@ct", (int)contentType), ("@ai", author.Id), ("@at", (int)author.Type), ("@an", author.Name), ("@l", links), ("@now", DbValues.ToUnixMs(now)), ("@id", found.Id));
            return true;
        }
        InsertNote(database, activityId, note.Key, content, contentType, author, links, now);
        return true;
    }

    public static long InsertNote(TwisterDatabase database, long activityId, string? key, string? content, ContentType contentType, Actor author, string? links, DateTimeOffset now)
        => (long)database.Scalar(
            """
            INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at)
            VALUES (@a, @k, @c, @ct, @ai, @at, @an, @l, @now, @now) RETURNING id
            """,
            ("@a", activityId), ("@k", key), ("@c", content), ("@ct", (int)contentType), ("@ai", author.Id), ("@at", (int)author.Type),
            ("@an", author.Name), ("@l", links), ("@now", DbValues.ToUnixMs(now)))!;

    public static void UpdateNoteContent(TwisterDatabase database, long noteId, string content, DateTimeOffset now)
        => database.Execute("UPDATE notes SET content = @c, content_type = @ct, updated_at = @now WHERE id = @id",
            ("@c", content), ("@ct", (int)ContentType.Markdown), ("@now", DbValues.ToUnixMs(now)), ("@id", noteId));

    /// <summary>
    /// Applies a write-back result: the note's new key and the hash of the external content as its baseline.
    /// A key names one external item, so another note of the activity already holding it (for example after
    /// the external service handed out an id again) is replaced by this one rather than duplicated.
    /// </summary>
    public static void ApplyWriteBack(TwisterDatabase database, long noteId, NoteWriteBackResult result)
    {
        if (result.Key is not null)
        {
            database.Execute(
                "DELETE FROM notes WHERE note_key = @k AND id <> @id AND activity_id = (SELECT activity_id FROM notes WHERE id = @id)",
                ("@k", result.Key), ("@id", noteId));
        }
        database.Execute("UPDATE notes SET note_key = COALESCE(@k, note_key), baseline_hash = COALESCE(@h, baseline_hash) WHERE id = @id",
            ("@k", result.Key), ("@h", result.ExternalContent is null ? null : ContentHash.Of(result.ExternalContent)), ("@id", noteId));
    }

    public static int UpdateActivities(TwisterDatabase database, ActivityFilter filter, ActivityUpdate update, DateTimeOffset now)
        => database.Execute(
            """
            UPDATE activities SET unread = COALESCE(@unread, unread), archived = COALESCE(@archived, archived), updated_at = @now
            WHERE sync_provider = @sp AND (@ch IS NULL OR channel_id = @ch)
            """,
            ("@unread", update.Unread), ("@archived", update.Archived), ("@now", DbValues.ToUnixMs(now)), ("@sp", filter.SyncProvider), ("@ch", filter.ChannelId));

    public static void SetActivityState(TwisterDatabase database, long activityId, bool? unread, bool? archived, DateTimeOffset now)
        => database.Execute("UPDATE activities SET unread = COALESCE(@unread, unread), archived = COALESCE(@archived, archived), updated_at = @now WHERE id = @id",
            ("@unread", unread), ("@archived", archived), ("@now", DbValues.ToUnixMs(now)), ("@id", activityId));

    /// <summary>Archives, in one statement, every activity <paramref name="connector"/> synced from <paramref name="channelId"/>.</summary>
    public static int ArchiveChannel(TwisterDatabase database, string connector, string channelId, DateTimeOffset now)
        => database.Execute("UPDATE activities SET archived = 1, updated_at = @now WHERE connector = @c AND channel_id = @ch AND archived = 0",
            ("@now", DbValues.ToUnixMs(now)), ("@c", connector), ("@ch", channelId));

    public static IReadOnlyList<PlotActivity> QueryActivities(TwisterDatabase database, ActivityQuery query)
    {
        using var command = database.Command(
            $"""
            SELECT {ActivityColumns} FROM activities
            WHERE (@c IS NULL OR connector = @c) AND (@sp IS NULL OR sync_provider = @sp) AND (@ch IS NULL OR channel_id = @ch)
              AND (@archived IS NULL OR archived = @archived)
            ORDER BY id
            """,
            ("@c", query.Connector), ("@sp", query.SyncProvider), ("@ch", query.ChannelId), ("@archived", query.Archived));
        return ReadActivities(command);
    }

    public static PlotActivity? FindActivity(TwisterDatabase database, string source)
    {
        using var command = database.Command($"SELECT {ActivityColumns} FROM activities WHERE source = @s", ("@s", source));
        return ReadActivities(command).SingleOrDefault();
    }

    public static PlotActivity? GetActivity(TwisterDatabase database, long id)
    {
        using var command = database.Command($"SELECT {ActivityColumns} FROM activities WHERE id = @id", ("@id", id));
        return ReadActivities(command).SingleOrDefault();
    }

    public static IReadOnlyList<PlotNote> GetNotes(TwisterDatabase database, long activityId)
    {
        using var command = database.Command($"SELECT {NoteColumns} FROM notes WHERE activity_id = @a ORDER BY id", ("@a", activityId));
        return ReadNotes(command);
    }

    public static PlotNote? GetNote(TwisterDatabase database, long noteId)
    {
        using var command = database.Command($"SELECT {NoteColumns} FROM notes WHERE id = @id", ("@id", noteId));
        return ReadNotes(command).SingleOrDefault();
    }

    public static (long Activities, long Notes) Count(TwisterDatabase database)
        => ((long)database.Scalar("SELECT COUNT(*) FROM activities")!, (long)database.Scalar("SELECT COUNT(*) FROM notes")!);

    private static (string? Content, ContentType Type) Ingest(NewNote note)
        => note.ContentType == ContentType.Html && note.Content is not null
            ? (HtmlToMarkdown.Convert(note.Content), ContentType.Markdown)
            : (note.Content, note.ContentType);

    private static List<PlotActivity> ReadActivities(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<PlotActivity>();
        while (reader.Read())
        {
            result.Add(new PlotActivity(
                reader.GetInt64(0), reader.NullableString(1), reader.NullableString(2), (ActivityType)reader.GetInt32(3), reader.NullableString(4),
                reader.NullableTime(5), reader.NullableTime(6), reader.NullableTime(7),
                PlotJson.ReadMeta(reader.NullableString(8), reader.NullableString(9), reader.NullableString(10), reader.NullableString(11)),
                reader.NullableString(12), reader.NullableString(13), reader.NullableString(14),
                reader.GetInt64(15) == 1, reader.GetInt64(16) == 1));
        }
        return result;
    }

    private static List<PlotNote> ReadNotes(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<PlotNote>();
        while (reader.Read())
        {
            result.Add(new PlotNote(
                reader.GetInt64(0), reader.GetInt64(1), reader.NullableString(2), reader.NullableString(3), (ContentType)reader.GetInt32(4),
                new Actor(reader.GetString(5), (ActorType)reader.GetInt32(6), reader.NullableString(7)),
                PlotJson.ReadLinks(reader.NullableString(8)), reader.NullableString(9)));
        }
        return result;
    }
}

/// <summary>The link columns set by create-link.</summary>
internal readonly record struct LinkFields(string? Type, string? Status, string? SourceUrl);
