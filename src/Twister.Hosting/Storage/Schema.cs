namespace Twister.Hosting.Storage;

/// <summary>The host's tables. Times are Unix milliseconds (UTC).</summary>
internal static class Schema
{
    public const string Sql = """
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
        """;
}
