using Microsoft.Data.Sqlite;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>Applies a unit of work's writes inside one transaction, through statements prepared once (<see cref="SqliteStatement"/>).</summary>
internal sealed class SqliteWriter(SqliteDatabase.Session session, SqliteTransaction transaction, long now, string location)
{
    private const string UpsertActivity = """
        INSERT INTO activities (source, connector, type, title, done, starts_at, ends_at, sync_provider, channel_id, external_id, meta,
                                link_type, link_status, source_url, unread, archived, created_at, updated_at,
                                author_key, assignee_key, created_external, updated_external, preview, priority, related_source, tags, actions, schedules)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, COALESCE($15, 1), COALESCE($16, 0), $17, $17,
                $18, NULLIF($19, ''), $20, $21, $22, $23, $24, $25, $26, $27)
        ON CONFLICT (source) DO UPDATE SET
            connector = COALESCE(excluded.connector, connector), type = excluded.type, title = COALESCE(excluded.title, title),
            done = excluded.done, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
            sync_provider = excluded.sync_provider, channel_id = excluded.channel_id, external_id = excluded.external_id,
            meta = excluded.meta, link_type = COALESCE(excluded.link_type, link_type),
            link_status = COALESCE(excluded.link_status, link_status), source_url = COALESCE(excluded.source_url, source_url),
            unread = COALESCE($15, unread), archived = COALESCE($16, archived), updated_at = excluded.updated_at,
            author_key = COALESCE(excluded.author_key, author_key),
            assignee_key = CASE WHEN $19 IS NULL THEN assignee_key ELSE NULLIF($19, '') END,
            created_external = COALESCE(excluded.created_external, created_external),
            updated_external = COALESCE(excluded.updated_external, updated_external),
            preview = COALESCE(excluded.preview, preview), priority = COALESCE(excluded.priority, priority),
            related_source = COALESCE(excluded.related_source, related_source), tags = COALESCE(excluded.tags, tags),
            actions = COALESCE(excluded.actions, actions), schedules = COALESCE(excluded.schedules, schedules)
        RETURNING id
        """;

    // A keyed note whose write-back baseline equals the incoming content's hash keeps Plot's copy (the
    // external side has not changed since the write-back); otherwise it is overwritten and the baseline dropped.
    private const string UpsertKeyedNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at,
                           created_external, reply_to, mentions, tags)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $11, $12, $13, $14)
        ON CONFLICT (activity_id, note_key) WHERE note_key IS NOT NULL DO UPDATE SET
            content = excluded.content, content_type = excluded.content_type, author_id = excluded.author_id,
            author_type = excluded.author_type, author_name = excluded.author_name, links = excluded.links,
            baseline_hash = NULL, updated_at = excluded.updated_at, created_external = COALESCE(excluded.created_external, created_external),
            reply_to = excluded.reply_to, mentions = excluded.mentions, tags = excluded.tags
        WHERE notes.baseline_hash IS NULL OR notes.baseline_hash <> $10
        """;

    private const string InsertNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at,
                           created_external, reply_to, mentions, tags)
        VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12)
        """;

    // Merges a contact into the one with the same source account, else the same email: it gains the keys and
    // details it lacked (a key another contact already holds is left to that one) and the newer name and avatar.
    private const string MergeContact = """
        UPDATE contacts SET
            source_key = COALESCE(source_key, CASE WHEN EXISTS (SELECT 1 FROM contacts WHERE source_key = $1) THEN NULL ELSE $1 END),
            email_key = COALESCE(email_key, CASE WHEN EXISTS (SELECT 1 FROM contacts WHERE email_key = $2) THEN NULL ELSE $2 END),
            provider = COALESCE(provider, $3), account_id = COALESCE(account_id, $4), email = COALESCE(email, $5),
            name = COALESCE($6, name), avatar_url = COALESCE($7, avatar_url), updated_at = $8
        WHERE id = (SELECT id FROM contacts WHERE source_key = $1 UNION ALL SELECT id FROM contacts WHERE email_key = $2 LIMIT 1)
        """;

    private const string InsertContact = """
        INSERT INTO contacts (source_key, email_key, provider, account_id, email, name, avatar_url, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
        """;

    public int Apply(StorageWrite write) => write switch
    {
        SetState w => Execute(
            "INSERT INTO store (connector, key, value) VALUES ($1, $2, $3) ON CONFLICT (connector, key) DO UPDATE SET value = excluded.value",
            w.Connector, w.Key, w.Value),
        ClearState w => Execute("DELETE FROM store WHERE connector = $1 AND key = $2", w.Connector, w.Key),
        ClearStatePrefix w => Execute("DELETE FROM store WHERE connector = $1 AND substr(key, 1, length($2)) = $2", w.Connector, w.Prefix),

        CreateCallback { Callback: var c } => Execute(
            "INSERT INTO callbacks (token, connector, callback_key, arguments, is_webhook, channel_id, created_at, is_synchronous) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            c.Token, c.Connector, c.Key, c.Arguments, c.IsWebhook, c.ChannelId, StoredTimes.ToUnixMs(c.CreatedAt), c.IsSynchronous),
        DeleteCallback w => Execute("DELETE FROM callbacks WHERE token = $1 AND is_webhook = $2", w.Token, w.IsWebhook),
        DeleteCallbacks w => Execute("DELETE FROM callbacks WHERE connector = $1 AND is_webhook = $2", w.Connector, w.IsWebhook),
        MarkCallbackOrphaned w => Execute("UPDATE callbacks SET orphaned_reason = $1 WHERE token = $2", w.Reason, w.Token),

        EnqueueTask { Task: var t } => Execute(
            "INSERT INTO tasks (id, connector, channel_id, callback_key, arguments, invocation, run_at, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')",
            t.Id, t.Connector, t.ChannelId, t.Key, t.Arguments, t.Invocation, StoredTimes.ToUnixMs(t.RunAt)),
        CancelTask w => Execute("UPDATE tasks SET status = 'cancelled' WHERE id = $1 AND status = 'pending'", w.TaskId),
        RequeueTask w => Execute(
            "UPDATE tasks SET status = 'pending', attempts = 0, run_at = $2, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND status IN ('failed', 'orphaned')",
            w.TaskId, StoredTimes.ToUnixMs(w.RunAt)),
        CancelTasks w => Execute("UPDATE tasks SET status = 'cancelled' WHERE connector = $1 AND status = 'pending' AND ($2 IS NULL OR id <> $2)", w.Connector, w.Except),
        CompleteTask w => Held(w.TaskId, w.LeaseOwner, Execute(
            "UPDATE tasks SET status = 'done', last_error = NULL, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
            w.TaskId, w.LeaseOwner)),
        RetryTask w => Held(w.TaskId, w.LeaseOwner, Execute(
            "UPDATE tasks SET run_at = $3, last_error = $4, attempts = attempts - $5, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
            w.TaskId, w.LeaseOwner, StoredTimes.ToUnixMs(w.RunAt), w.Error, w.CountsAttempt ? 0 : 1)),
        EndTask w => Held(w.TaskId, w.LeaseOwner, Execute(
            "UPDATE tasks SET status = $3, last_error = $4, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
            w.TaskId, w.LeaseOwner, TaskColumns.StatusText(w.Status), w.Error)),

        SaveChannel w => Execute(
            """
            INSERT INTO channels (connector, channel_id, title, token, link_types) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (connector, channel_id) DO UPDATE SET title = excluded.title, token = excluded.token, link_types = excluded.link_types
            """,
            w.Connector, w.ChannelId, w.Title, w.Token, w.LinkTypesJson),
        SaveConnector w => Execute(
            """
            INSERT INTO connectors (name, manifest_hash, options, installed_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (name) DO UPDATE SET manifest_hash = excluded.manifest_hash, options = COALESCE(excluded.options, options)
            """,
            w.Name, w.ManifestHash, w.OptionsJson, now),
        RemoveConnector w => Remove(w.Name),
        SetChannelEnabled w => Execute("UPDATE channels SET enabled = $3 WHERE connector = $1 AND channel_id = $2", w.Connector, w.ChannelId, w.Enabled),

        UpsertActivity w => Upsert(w),
        UpdateActivity w => Execute(
            """
            UPDATE activities SET unread = COALESCE($3, unread), archived = COALESCE($4, archived), link_status = COALESCE($5, link_status),
                assignee_key = CASE WHEN $6 IS NULL THEN assignee_key ELSE NULLIF($6, '') END, todo = COALESCE($7, todo),
                todo_date = CASE WHEN $8 IS NULL THEN todo_date ELSE NULLIF($8, '') END, schedules = COALESCE($9, schedules), updated_at = $10
            WHERE connector = $1 AND source = $2
            """,
            w.Connector, w.Source, w.Unread, w.Archived, w.Status, w.AssigneeKey, w.ToDo, w.ToDoDate, w.SchedulesJson, now),
        ArchiveActivities w => ArchiveMatching(w),
        UpdateActivities w => Execute(
            """
            UPDATE activities SET unread = COALESCE($1, unread), archived = COALESCE($2, archived), updated_at = $3
            WHERE sync_provider = $4 AND ($5 IS NULL OR channel_id = $5)
            """,
            w.Update.Unread, w.Update.Archived, now, w.Filter.SyncProvider, w.Filter.ChannelId),
        ArchiveChannelActivities w => Execute(
            "UPDATE activities SET archived = 1, updated_at = $1 WHERE connector = $2 AND channel_id = $3 AND archived = 0",
            now, w.Connector, w.ChannelId),
        SetActivityState w => Execute(
            "UPDATE activities SET unread = COALESCE($1, unread), archived = COALESCE($2, archived), updated_at = $3 WHERE id = $4",
            w.Unread, w.Archived, now, w.ActivityId),
        EditNote w => Execute(
            "UPDATE notes SET content = $1, content_type = $2, updated_at = $3 WHERE id = $4",
            w.Content, (int)ContentType.Markdown, now, w.NoteId),
        ApplyNoteWriteBack w => ApplyWriteBack(w),

        RecordExecution { Record: var r } => Execute(
            """
            INSERT INTO executions (id, connector, channel_id, kind, callback_key, task_id, status, error, requests, started_at, finished_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """,
            r.Id, r.Connector, r.ChannelId, (int)r.Kind, r.CallbackKey, r.TaskId, (int)r.Status, r.Error, r.Requests,
            StoredTimes.ToUnixMs(r.StartedAt), StoredTimes.ToUnixMs(r.FinishedAt)),

        _ => throw new NotSupportedException($"The SQLite provider cannot apply a {write.GetType().Name}."),
    };

    private int Upsert(UpsertActivity write)
    {
        foreach (var contact in write.Contacts) Merge(contact);
        var a = write.Activity;
        var id = session.Statement(UpsertActivity).ExecuteInt64([
            a.Source, a.Connector, (int)a.Type, a.Title, StoredTimes.ToUnixMs(a.Done), StoredTimes.ToUnixMs(a.Start), StoredTimes.ToUnixMs(a.End),
            a.SyncProvider, a.ChannelId, a.ExternalId, a.MetaJson, a.LinkType, a.LinkStatus, a.SourceUrl, a.Unread, a.Archived, now,
            a.AuthorKey, a.AssigneeKey, StoredTimes.ToUnixMs(a.Created), StoredTimes.ToUnixMs(a.Updated), a.Preview, a.Priority, a.RelatedSource,
            a.TagsJson, a.ActionsJson, a.SchedulesJson]);
        var changed = 1;
        foreach (var note in write.Notes)
        {
            changed += note.Key is null
                ? Execute(InsertNote, id, note.Content, (int)note.ContentType, note.Author.Id, (int)note.Author.Type, note.Author.Name, note.LinksJson, now,
                    StoredTimes.ToUnixMs(note.Created), note.ReplyTo, note.MentionsJson, note.TagsJson)
                : Execute(UpsertKeyedNote, id, note.Key, note.Content, (int)note.ContentType, note.Author.Id, (int)note.Author.Type, note.Author.Name,
                    note.LinksJson, now, note.IncomingHash, StoredTimes.ToUnixMs(note.Created), note.ReplyTo, note.MentionsJson, note.TagsJson);
        }
        return changed;
    }

    private void Merge(ContactRow c)
    {
        if (Execute(MergeContact, c.SourceKey, c.EmailKey, c.Provider, c.AccountId, c.Email, c.Name, c.AvatarUrl, now) == 0)
            Execute(InsertContact, c.SourceKey, c.EmailKey, c.Provider, c.AccountId, c.Email, c.Name, c.AvatarUrl, now);
    }

    /// <summary>Archives a connector's unarchived activities matching the filter; meta entries are matched in C# (the meta column is JSON).</summary>
    private int ArchiveMatching(ArchiveActivities write)
    {
        var f = write.Filter;
        using var select = session.Connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT id, meta FROM activities
            WHERE connector = $1 AND archived = 0 AND ($2 IS NULL OR channel_id = $2) AND ($3 IS NULL OR link_type = $3) AND ($4 IS NULL OR link_status = $4)
            """;
        foreach (var value in new object?[] { write.Connector, f.ChannelId, f.LinkType, f.Status })
            select.Parameters.Add(new SqliteParameter { ParameterName = "$" + (select.Parameters.Count + 1), Value = value ?? DBNull.Value });
        var ids = new List<long>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                if (Plot.Json.MetaMatch.Contains(reader.IsDBNull(1) ? null : reader.GetString(1), f.Meta)) ids.Add(reader.GetInt64(0));
            }
        }
        foreach (var id in ids) Execute("UPDATE activities SET archived = 1, updated_at = $1 WHERE id = $2", now, id);
        return ids.Count;
    }

    private int ApplyWriteBack(ApplyNoteWriteBack write)
    {
        if (write.Key is not null)
        {
            Execute("DELETE FROM notes WHERE note_key = $1 AND id <> $2 AND activity_id = (SELECT activity_id FROM notes WHERE id = $2)", write.Key, write.NoteId);
        }
        return Execute("UPDATE notes SET note_key = COALESCE($1, note_key), baseline_hash = COALESCE($2, baseline_hash) WHERE id = $3",
            write.Key, write.BaselineHash, write.NoteId);
    }

    private int Held(string taskId, string owner, int changed)
        => changed == 1 ? changed : throw new TaskLeaseLostException(location, taskId, owner);

    private int Remove(string connector)
        => Execute("DELETE FROM connectors WHERE name = $1", connector)
           + Execute("DELETE FROM channels WHERE connector = $1", connector)
           + Execute("DELETE FROM store WHERE connector = $1", connector)
           + Execute("DELETE FROM callbacks WHERE connector = $1", connector)
           + Execute("UPDATE tasks SET status = 'cancelled' WHERE connector = $1 AND status = 'pending'", connector);

    // The statement runs inside the transaction the commit began on the same connection.
    private int Execute(string sql, params ReadOnlySpan<object?> values) => session.Statement(sql).Execute(values);
}
