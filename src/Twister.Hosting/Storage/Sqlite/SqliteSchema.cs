using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>
/// The SQLite schema as a list of migrations; <c>PRAGMA user_version</c> records how many ran. A new
/// database runs them all, so a new and an upgraded database end up identical. Times are Unix
/// milliseconds (UTC). Append migrations; never edit one that has shipped.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Migration <em>i</em> brings the schema from version <em>i</em> to <em>i + 1</em>.</summary>
    private static readonly string[] Migrations =
    [
        // 1: the first release's schema (it recorded no version: a database with tables and user_version 0 is at 1).
        """
        CREATE TABLE IF NOT EXISTS store (
            connector TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,
            PRIMARY KEY (connector, key));
        CREATE TABLE IF NOT EXISTS callbacks (
            token TEXT PRIMARY KEY, connector TEXT NOT NULL, callback_key TEXT NOT NULL,
            arguments BLOB NOT NULL, is_webhook INTEGER NOT NULL, created_at INTEGER NOT NULL,
            orphaned_reason TEXT);
        CREATE TABLE IF NOT EXISTS tasks (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, connector TEXT NOT NULL,
            callback_key TEXT NOT NULL, arguments BLOB NOT NULL, invocation BLOB,
            run_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, last_error TEXT);
        CREATE INDEX IF NOT EXISTS tasks_due ON tasks (status, run_at, seq);
        CREATE TABLE IF NOT EXISTS channels (
            connector TEXT NOT NULL, channel_id TEXT NOT NULL, title TEXT NOT NULL, token TEXT,
            enabled INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (connector, channel_id));
        CREATE TABLE IF NOT EXISTS activities (
            id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT UNIQUE, connector TEXT,
            type INTEGER NOT NULL, title TEXT, done INTEGER, starts_at INTEGER, ends_at INTEGER,
            sync_provider TEXT, channel_id TEXT, external_id TEXT, meta TEXT,
            link_type TEXT, link_status TEXT, source_url TEXT,
            unread INTEGER NOT NULL, archived INTEGER NOT NULL,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS activities_sync ON activities (sync_provider, channel_id);
        CREATE INDEX IF NOT EXISTS activities_owner ON activities (connector, channel_id);
        CREATE TABLE IF NOT EXISTS notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT, activity_id INTEGER NOT NULL REFERENCES activities (id),
            note_key TEXT, content TEXT, content_type INTEGER NOT NULL,
            author_id TEXT NOT NULL, author_type INTEGER NOT NULL, author_name TEXT, links TEXT,
            baseline_hash TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS notes_key ON notes (activity_id, note_key) WHERE note_key IS NOT NULL;
        CREATE TABLE IF NOT EXISTS executions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, connector TEXT NOT NULL,
            kind INTEGER NOT NULL, callback_key TEXT, task_id TEXT, status INTEGER NOT NULL, error TEXT,
            requests INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL);
        """,
        // 2: channels order executions (tasks and tokens carry the channel that made them); task leases.
        """
        ALTER TABLE tasks ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE tasks ADD COLUMN lease_owner TEXT;
        ALTER TABLE tasks ADD COLUMN lease_until INTEGER;
        CREATE INDEX tasks_channel ON tasks (connector, channel_id, status);
        ALTER TABLE callbacks ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE executions ADD COLUMN channel_id TEXT;
        """,
        // 3: what real connectors sync: contacts (deduplicated by source account or email), authors and
        // assignees, tags, actions, schedules, threaded notes; per-channel link types; synchronous webhooks;
        // installed connectors with their manifest and options; to-do state.
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY AUTOINCREMENT, source_key TEXT UNIQUE, email_key TEXT UNIQUE,
            provider TEXT, account_id TEXT, email TEXT, name TEXT, avatar_url TEXT,
            created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
        ALTER TABLE activities ADD COLUMN author_key TEXT;
        ALTER TABLE activities ADD COLUMN assignee_key TEXT;
        ALTER TABLE activities ADD COLUMN created_external INTEGER;
        ALTER TABLE activities ADD COLUMN updated_external INTEGER;
        ALTER TABLE activities ADD COLUMN preview TEXT;
        ALTER TABLE activities ADD COLUMN priority INTEGER;
        ALTER TABLE activities ADD COLUMN related_source TEXT;
        ALTER TABLE activities ADD COLUMN tags TEXT;
        ALTER TABLE activities ADD COLUMN actions TEXT;
        ALTER TABLE activities ADD COLUMN schedules TEXT;
        ALTER TABLE activities ADD COLUMN todo INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE activities ADD COLUMN todo_date TEXT;
        ALTER TABLE notes ADD COLUMN created_external INTEGER;
        ALTER TABLE notes ADD COLUMN reply_to TEXT;
        ALTER TABLE notes ADD COLUMN mentions TEXT;
        ALTER TABLE notes ADD COLUMN tags TEXT;
        ALTER TABLE channels ADD COLUMN link_types TEXT;
        ALTER TABLE callbacks ADD COLUMN is_synchronous INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE connectors (
            name TEXT PRIMARY KEY, manifest_hash TEXT NOT NULL, options TEXT, installed_at INTEGER NOT NULL);
        """,
    ];

    /// <summary>The version this code writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>
    /// Brings the schema to <see cref="CurrentVersion"/>, one migration per write transaction that re-reads the
    /// version first, so two hosts starting on one file migrate it once.
    /// </summary>
    /// <exception cref="TwisterStorageException">The file was written by a newer version.</exception>
    public static void Migrate(SqliteConnection connection, string location)
    {
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var version = ReadVersion(command);
            if (version > CurrentVersion)
            {
                throw new TwisterStorageException(location,
                    $"the database has schema version {version}, written by a newer version of Twister.Hosting; this version knows schema versions up to {CurrentVersion}. " +
                    "Upgrade Twister.Hosting, or point DatabasePath at another file. The file was not changed.");
            }
            if (version == CurrentVersion) return;
            command.CommandText = $"{Migrations[version]}\nPRAGMA user_version = {version + 1};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static int ReadVersion(SqliteCommand command)
    {
        command.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (version > 0) return version;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tasks'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0 ? 1 : 0;
    }
}
