using Npgsql;
using Twister.Hosting.Storage;
using Twister.Hosting.Storage.Rows;

namespace Twister.Hosting.PostgreSql;

/// <summary>
/// Applies a unit of work's writes inside one transaction, sent as batches: a whole execution's writes
/// usually travel in one round trip. Notes find their activity by source, so an activity and its notes need
/// no round trip in between (an activity without a source, which has no other identity, is the exception).
/// </summary>
internal sealed class PostgreSqlWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long now, string location)
{
    private const string UpsertActivity = """
        INSERT INTO activities (source, connector, type, title, done, starts_at, ends_at, sync_provider, channel_id, external_id, meta,
                                link_type, link_status, source_url, unread, archived, created_at, updated_at,
                                author_key, assignee_key, created_external, updated_external, preview, priority, related_source, tags, actions, schedules)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, COALESCE($15::boolean, true), COALESCE($16::boolean, false), $17, $17,
                $18, NULLIF($19::text, ''), $20, $21, $22, $23, $24, $25, $26, $27)
        ON CONFLICT (source) DO UPDATE SET
            connector = COALESCE(EXCLUDED.connector, activities.connector), type = EXCLUDED.type, title = COALESCE(EXCLUDED.title, activities.title),
            done = EXCLUDED.done, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
            sync_provider = EXCLUDED.sync_provider, channel_id = EXCLUDED.channel_id, external_id = EXCLUDED.external_id,
            meta = EXCLUDED.meta, link_type = COALESCE(EXCLUDED.link_type, activities.link_type),
            link_status = COALESCE(EXCLUDED.link_status, activities.link_status), source_url = COALESCE(EXCLUDED.source_url, activities.source_url),
            unread = COALESCE($15::boolean, activities.unread), archived = COALESCE($16::boolean, activities.archived), updated_at = EXCLUDED.updated_at,
            author_key = COALESCE(EXCLUDED.author_key, activities.author_key),
            assignee_key = CASE WHEN $19::text IS NULL THEN activities.assignee_key ELSE NULLIF($19::text, '') END,
            created_external = COALESCE(EXCLUDED.created_external, activities.created_external),
            updated_external = COALESCE(EXCLUDED.updated_external, activities.updated_external),
            preview = COALESCE(EXCLUDED.preview, activities.preview), priority = COALESCE(EXCLUDED.priority, activities.priority),
            related_source = COALESCE(EXCLUDED.related_source, activities.related_source), tags = COALESCE(EXCLUDED.tags, activities.tags),
            actions = COALESCE(EXCLUDED.actions, activities.actions), schedules = COALESCE(EXCLUDED.schedules, activities.schedules)
        RETURNING id
        """;

    // A keyed note whose write-back baseline equals the incoming content's hash keeps Plot's copy (the
    // external side has not changed since the write-back); otherwise it is overwritten and the baseline dropped.
    private const string UpsertKeyedNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at,
                           created_external, reply_to, mentions, tags)
        VALUES ((SELECT id FROM activities WHERE source = $1), $2, $3, $4, $5, $6, $7, $8, $9, $9, $11, $12, $13, $14)
        ON CONFLICT (activity_id, note_key) WHERE note_key IS NOT NULL DO UPDATE SET
            content = EXCLUDED.content, content_type = EXCLUDED.content_type, author_id = EXCLUDED.author_id,
            author_type = EXCLUDED.author_type, author_name = EXCLUDED.author_name, links = EXCLUDED.links,
            baseline_hash = NULL, updated_at = EXCLUDED.updated_at, created_external = COALESCE(EXCLUDED.created_external, notes.created_external),
            reply_to = EXCLUDED.reply_to, mentions = EXCLUDED.mentions, tags = EXCLUDED.tags
        WHERE notes.baseline_hash IS NULL OR notes.baseline_hash <> $10
        """;

    private const string InsertNote = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at,
                           created_external, reply_to, mentions, tags)
        VALUES ((SELECT id FROM activities WHERE source = $1), NULL, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12)
        """;

    // Merges a contact into the one with the same source account, else the same email (it gains the keys and
    // details it lacked, and the newer name and avatar), or adds it. Two hosts adding the same new contact at
    // once: the later insert does nothing, and the contact stays one.
    private const string MergeContact = """
        WITH found AS (
            (SELECT id FROM contacts WHERE source_key = $1::text UNION ALL SELECT id FROM contacts WHERE email_key = $2::text) LIMIT 1),
        merged AS (
            UPDATE contacts SET
                source_key = COALESCE(source_key, CASE WHEN EXISTS (SELECT 1 FROM contacts WHERE source_key = $1::text) THEN NULL ELSE $1::text END),
                email_key = COALESCE(email_key, CASE WHEN EXISTS (SELECT 1 FROM contacts WHERE email_key = $2::text) THEN NULL ELSE $2::text END),
                provider = COALESCE(provider, $3::text), account_id = COALESCE(account_id, $4::text), email = COALESCE(email, $5::text),
                name = COALESCE($6::text, name), avatar_url = COALESCE($7::text, avatar_url), updated_at = $8
            WHERE id = (SELECT id FROM found)
            RETURNING id)
        INSERT INTO contacts (source_key, email_key, provider, account_id, email, name, avatar_url, created_at, updated_at)
        SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8, $8 WHERE NOT EXISTS (SELECT 1 FROM found)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertNoteById = """
        INSERT INTO notes (activity_id, note_key, content, content_type, author_id, author_type, author_name, links, created_at, updated_at,
                           created_external, reply_to, mentions, tags)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12, $13)
        """;

    private readonly List<(int Write, string? LeasedTask, string? Owner, bool CountsRows)> _owners = [];
    private NpgsqlBatch _batch = new(connection, transaction);
    private int[] _changed = [];

    /// <summary>Applies every write; returns, for each, the rows it changed.</summary>
    /// <exception cref="TaskLeaseLostException">A task's end was recorded by someone who no longer holds its lease.</exception>
    public async Task<int[]> ApplyAsync(IReadOnlyList<StorageWrite> writes, CancellationToken cancellationToken)
    {
        _changed = new int[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i] is UpsertActivity { Activity.Source: null, Notes.Count: > 0 } unkeyed)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
                await InsertWithoutSourceAsync(i, unkeyed, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Add(i, writes[i]);
            }
        }
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return _changed;
    }

    private void Add(int index, StorageWrite write)
    {
        switch (write)
        {
            case SetState w:
                Command(index, "INSERT INTO store (connector, key, value) VALUES ($1, $2, $3) ON CONFLICT (connector, key) DO UPDATE SET value = EXCLUDED.value", w.Connector, w.Key, w.Value);
                break;
            case ClearState w:
                Command(index, "DELETE FROM store WHERE connector = $1 AND key = $2", w.Connector, w.Key);
                break;
            case ClearStatePrefix w:
                Command(index, "DELETE FROM store WHERE connector = $1 AND starts_with(key, $2)", w.Connector, w.Prefix);
                break;
            case CreateCallback { Callback: var c }:
                Command(index, "INSERT INTO callbacks (token, connector, callback_key, arguments, is_webhook, channel_id, created_at, is_synchronous) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    c.Token, c.Connector, c.Key, c.Arguments, c.IsWebhook, c.ChannelId, StoredTimes.ToUnixMs(c.CreatedAt), c.IsSynchronous);
                break;
            case DeleteCallback w:
                Command(index, "DELETE FROM callbacks WHERE token = $1 AND is_webhook = $2", w.Token, w.IsWebhook);
                break;
            case DeleteCallbacks w:
                Command(index, "DELETE FROM callbacks WHERE connector = $1 AND is_webhook = $2", w.Connector, w.IsWebhook);
                break;
            case MarkCallbackOrphaned w:
                Command(index, "UPDATE callbacks SET orphaned_reason = $1 WHERE token = $2", w.Reason, w.Token);
                break;
            case EnqueueTask { Task: var t }:
                Command(index, "INSERT INTO tasks (id, connector, channel_id, callback_key, arguments, invocation, run_at, status) VALUES ($1, $2, $3, $4, $5, $6::bytea, $7, 'pending')",
                    t.Id, t.Connector, t.ChannelId, t.Key, t.Arguments, t.Invocation, StoredTimes.ToUnixMs(t.RunAt));
                break;
            case CancelTask w:
                Command(index, "UPDATE tasks SET status = 'cancelled' WHERE id = $1 AND status = 'pending'", w.TaskId);
                break;
            case RequeueTask w:
                Command(index, "UPDATE tasks SET status = 'pending', attempts = 0, run_at = $2, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND status IN ('failed', 'orphaned')",
                    w.TaskId, StoredTimes.ToUnixMs(w.RunAt));
                break;
            case CancelTasks w:
                Command(index, "UPDATE tasks SET status = 'cancelled' WHERE connector = $1 AND status = 'pending' AND ($2::text IS NULL OR id <> $2::text)", w.Connector, w.Except);
                break;
            case CompleteTask w:
                Leased(index, w.TaskId, w.LeaseOwner,
                    "UPDATE tasks SET status = 'done', last_error = NULL, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
                    w.TaskId, w.LeaseOwner);
                break;
            case RetryTask w:
                Leased(index, w.TaskId, w.LeaseOwner,
                    "UPDATE tasks SET run_at = $3, last_error = $4, attempts = attempts - $5, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
                    w.TaskId, w.LeaseOwner, StoredTimes.ToUnixMs(w.RunAt), w.Error, w.CountsAttempt ? 0 : 1);
                break;
            case EndTask w:
                Leased(index, w.TaskId, w.LeaseOwner,
                    "UPDATE tasks SET status = $3, last_error = $4, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2 AND status = 'pending'",
                    w.TaskId, w.LeaseOwner, TaskColumns.StatusText(w.Status), w.Error);
                break;
            case SaveChannel w:
                Command(index, """
                    INSERT INTO channels (connector, channel_id, title, token, link_types) VALUES ($1, $2, $3, $4::text, $5::text)
                    ON CONFLICT (connector, channel_id) DO UPDATE SET title = EXCLUDED.title, token = EXCLUDED.token, link_types = EXCLUDED.link_types
                    """, w.Connector, w.ChannelId, w.Title, w.Token, w.LinkTypesJson);
                break;
            case SaveConnector w:
                Command(index, """
                    INSERT INTO connectors (name, manifest_hash, options, installed_at) VALUES ($1, $2, $3::text, $4)
                    ON CONFLICT (name) DO UPDATE SET manifest_hash = EXCLUDED.manifest_hash, options = COALESCE(EXCLUDED.options, connectors.options)
                    """, w.Name, w.ManifestHash, w.OptionsJson, now);
                break;
            case RemoveConnector w:
                Command(index, "DELETE FROM connectors WHERE name = $1", w.Name);
                Command(index, "DELETE FROM channels WHERE connector = $1", w.Name);
                Command(index, "DELETE FROM store WHERE connector = $1", w.Name);
                Command(index, "DELETE FROM callbacks WHERE connector = $1", w.Name);
                Command(index, "UPDATE tasks SET status = 'cancelled' WHERE connector = $1 AND status = 'pending'", w.Name);
                break;
            case UpdateActivity w:
                Command(index, """
                    UPDATE activities SET unread = COALESCE($3::boolean, unread), archived = COALESCE($4::boolean, archived),
                        link_status = COALESCE($5::text, link_status), assignee_key = CASE WHEN $6::text IS NULL THEN assignee_key ELSE NULLIF($6::text, '') END,
                        todo = COALESCE($7::boolean, todo), todo_date = CASE WHEN $8::text IS NULL THEN todo_date ELSE NULLIF($8::text, '') END,
                        schedules = COALESCE($9::text, schedules), updated_at = $10
                    WHERE connector = $1 AND source = $2
                    """, w.Connector, w.Source, w.Unread, w.Archived, w.Status, w.AssigneeKey, w.ToDo, w.ToDoDate, w.SchedulesJson, now);
                break;
            case ArchiveActivities { Filter: var f } w:
                Command(index, """
                    UPDATE activities SET archived = true, updated_at = $1
                    WHERE connector = $2 AND NOT archived AND ($3::text IS NULL OR channel_id = $3::text) AND ($4::text IS NULL OR link_type = $4::text)
                      AND ($5::text IS NULL OR link_status = $5::text) AND ($6::jsonb IS NULL OR COALESCE(meta, '{}')::jsonb @> $6::jsonb)
                    """, now, w.Connector, f.ChannelId, f.LinkType, f.Status, f.Meta is { Count: > 0 } meta ? MetaJson(meta) : null);
                break;
            case SetChannelEnabled w:
                Command(index, "UPDATE channels SET enabled = $3 WHERE connector = $1 AND channel_id = $2", w.Connector, w.ChannelId, w.Enabled);
                break;
            case UpsertActivity w:
                foreach (var contact in w.Contacts)
                {
                    Command(index, MergeContact, contact.SourceKey, contact.EmailKey, contact.Provider, contact.AccountId, contact.Email, contact.Name, contact.AvatarUrl, now);
                    _owners[^1] = (index, null, null, CountsRows: false);
                }
                Activity(index, w.Activity);
                foreach (var note in w.Notes) Note(index, w.Activity.Source!, note);
                break;
            case UpdateActivities w:
                Command(index, """
                    UPDATE activities SET unread = COALESCE($1::boolean, unread), archived = COALESCE($2::boolean, archived), updated_at = $3
                    WHERE sync_provider = $4 AND ($5::text IS NULL OR channel_id = $5::text)
                    """, w.Update.Unread, w.Update.Archived, now, w.Filter.SyncProvider, w.Filter.ChannelId);
                break;
            case ArchiveChannelActivities w:
                Command(index, "UPDATE activities SET archived = true, updated_at = $1 WHERE connector = $2 AND channel_id = $3 AND NOT archived", now, w.Connector, w.ChannelId);
                break;
            case SetActivityState w:
                Command(index, "UPDATE activities SET unread = COALESCE($1::boolean, unread), archived = COALESCE($2::boolean, archived), updated_at = $3 WHERE id = $4",
                    w.Unread, w.Archived, now, w.ActivityId);
                break;
            case EditNote w:
                Command(index, "UPDATE notes SET content = $1, content_type = $2, updated_at = $3 WHERE id = $4", w.Content, (int)ContentType.Markdown, now, w.NoteId);
                break;
            case ApplyNoteWriteBack w:
                if (w.Key is not null)
                {
                    Command(index, "DELETE FROM notes WHERE note_key = $1 AND id <> $2 AND activity_id = (SELECT activity_id FROM notes WHERE id = $2)", w.Key, w.NoteId);
                }
                Command(index, "UPDATE notes SET note_key = COALESCE($1::text, note_key), baseline_hash = COALESCE($2::text, baseline_hash) WHERE id = $3", w.Key, w.BaselineHash, w.NoteId);
                break;
            case RecordExecution { Record: var r }:
                Command(index, """
                    INSERT INTO executions (id, connector, channel_id, kind, callback_key, task_id, status, error, requests, started_at, finished_at)
                    VALUES ($1, $2, $3::text, $4, $5::text, $6::text, $7, $8::text, $9, $10, $11)
                    """, r.Id, r.Connector, r.ChannelId, (int)r.Kind, r.CallbackKey, r.TaskId, (int)r.Status, r.Error, r.Requests,
                    StoredTimes.ToUnixMs(r.StartedAt), StoredTimes.ToUnixMs(r.FinishedAt));
                break;
            default:
                throw new NotSupportedException($"The PostgreSQL provider cannot apply a {write.GetType().Name}.");
        }
    }

    private void Activity(int index, ActivityRow a)
        => Command(index, UpsertActivity, a.Source, a.Connector, (int)a.Type, a.Title, StoredTimes.ToUnixMs(a.Done), StoredTimes.ToUnixMs(a.Start), StoredTimes.ToUnixMs(a.End),
            a.SyncProvider, a.ChannelId, a.ExternalId, a.MetaJson, a.LinkType, a.LinkStatus, a.SourceUrl, a.Unread, a.Archived, now,
            a.AuthorKey, a.AssigneeKey, StoredTimes.ToUnixMs(a.Created), StoredTimes.ToUnixMs(a.Updated), a.Preview, a.Priority, a.RelatedSource,
            a.TagsJson, a.ActionsJson, a.SchedulesJson);

    private void Note(int index, string source, NoteRow note)
    {
        if (note.Key is null)
        {
            Command(index, InsertNote, source, note.Content, (int)note.ContentType, note.Author.Id, (int)note.Author.Type, note.Author.Name, note.LinksJson, now,
                StoredTimes.ToUnixMs(note.Created), note.ReplyTo, note.MentionsJson, note.TagsJson);
        }
        else
        {
            Command(index, UpsertKeyedNote, source, note.Key, note.Content, (int)note.ContentType, note.Author.Id, (int)note.Author.Type, note.Author.Name,
                note.LinksJson, now, note.IncomingHash, StoredTimes.ToUnixMs(note.Created), note.ReplyTo, note.MentionsJson, note.TagsJson);
        }
    }

    /// <summary>An activity without a source: inserted on its own, so its notes can name its new id.</summary>
    private async Task InsertWithoutSourceAsync(int index, UpsertActivity write, CancellationToken cancellationToken)
    {
        Activity(index, write.Activity);
        var id = 0L;
        await using (var reader = await _batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) id = reader.GetInt64(0);
        }
        Collect();
        foreach (var note in write.Notes)
        {
            Command(index, InsertNoteById, id, note.Key, note.Content, (int)note.ContentType, note.Author.Id, (int)note.Author.Type, note.Author.Name, note.LinksJson, now,
                StoredTimes.ToUnixMs(note.Created), note.ReplyTo, note.MentionsJson, note.TagsJson);
        }
    }

    private void Leased(int index, string taskId, string owner, string sql, params ReadOnlySpan<TypedValue> values)
    {
        Command(index, sql, values);
        _owners[^1] = (index, taskId, owner, CountsRows: true);
    }

    private void Command(int index, string sql, params ReadOnlySpan<TypedValue> values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value.Value ?? DBNull.Value, NpgsqlDbType = value.Type });
        _batch.BatchCommands.Add(command);
        _owners.Add((index, null, null, CountsRows: true));
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch.BatchCommands.Count == 0) return;
        await _batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Collect();
    }

    /// <summary>Adds up each command's rows to its write, checks the lease holders, and starts a new batch.</summary>
    private void Collect()
    {
        for (var i = 0; i < _batch.BatchCommands.Count; i++)
        {
            var (write, leasedTask, owner, countsRows) = _owners[i];
            var rows = _batch.BatchCommands[i].RecordsAffected;
            if (leasedTask is not null && rows != 1) throw new TaskLeaseLostException(location, leasedTask, owner!);
            if (countsRows) _changed[write] += rows;
        }
        _owners.Clear();
        _batch.Dispose();
        _batch = new NpgsqlBatch(connection, transaction);
    }

    private static string MetaJson(IReadOnlyDictionary<string, string> meta)
        => Twister.Hosting.Plot.Json.PlotJson.WriteMetaValues(ActivityMeta.Create(null, null, null, meta))!;
}
