namespace Twister.Hosting.PostgreSql;

/// <summary>
/// The PostgreSQL schema as a list of migrations; the <c>twister_schema</c> table records how many ran
/// (<see cref="PostgreSqlMigrator"/> applies them). Times are Unix milliseconds (UTC), as in every provider.
/// Append migrations; never edit one that has shipped.
/// </summary>
internal static class PostgreSqlSchema
{
    // Any constant works; it only has to be the same for every Twister host on the database.
    private const long MigrationLock = 0x7477697374657201;

    /// <summary>Migration <em>i</em> brings the schema from version <em>i</em> to <em>i + 1</em>.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE store (
            connector text NOT NULL, key text NOT NULL, value bytea NOT NULL,
            PRIMARY KEY (connector, key));
        CREATE TABLE callbacks (
            token text PRIMARY KEY, connector text NOT NULL, callback_key text NOT NULL, arguments bytea NOT NULL,
            is_webhook boolean NOT NULL, channel_id text NOT NULL DEFAULT '', created_at bigint NOT NULL, orphaned_reason text);
        CREATE TABLE tasks (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id text NOT NULL UNIQUE, connector text NOT NULL,
            channel_id text NOT NULL DEFAULT '', callback_key text NOT NULL, arguments bytea NOT NULL, invocation bytea,
            run_at bigint NOT NULL, attempts integer NOT NULL DEFAULT 0, status text NOT NULL, last_error text,
            lease_owner text, lease_until bigint);
        CREATE INDEX tasks_due ON tasks (status, run_at, seq);
        CREATE INDEX tasks_channel ON tasks (connector, channel_id, status);
        CREATE TABLE channels (
            connector text NOT NULL, channel_id text NOT NULL, title text NOT NULL, token text,
            enabled boolean NOT NULL DEFAULT false, PRIMARY KEY (connector, channel_id));
        CREATE TABLE activities (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, source text UNIQUE, connector text,
            type integer NOT NULL, title text, done bigint, starts_at bigint, ends_at bigint,
            sync_provider text, channel_id text, external_id text, meta text,
            link_type text, link_status text, source_url text,
            unread boolean NOT NULL, archived boolean NOT NULL, created_at bigint NOT NULL, updated_at bigint NOT NULL);
        CREATE INDEX activities_sync ON activities (sync_provider, channel_id);
        CREATE INDEX activities_owner ON activities (connector, channel_id);
        CREATE TABLE notes (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, activity_id bigint NOT NULL REFERENCES activities (id),
            note_key text, content text, content_type integer NOT NULL,
            author_id text NOT NULL, author_type integer NOT NULL, author_name text, links text,
            baseline_hash text, created_at bigint NOT NULL, updated_at bigint NOT NULL);
        CREATE UNIQUE INDEX notes_key ON notes (activity_id, note_key) WHERE note_key IS NOT NULL;
        CREATE TABLE executions (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id text NOT NULL UNIQUE, connector text NOT NULL, channel_id text,
            kind integer NOT NULL, callback_key text, task_id text, status integer NOT NULL, error text,
            requests integer NOT NULL, started_at bigint NOT NULL, finished_at bigint NOT NULL);
        """,
        // 2: what real connectors sync: contacts (deduplicated by source account or email), authors and
        // assignees, tags, actions, schedules, threaded notes; per-channel link types; synchronous webhooks;
        // installed connectors with their manifest and options; to-do state.
        """
        CREATE TABLE contacts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, source_key text UNIQUE, email_key text UNIQUE,
            provider text, account_id text, email text, name text, avatar_url text,
            created_at bigint NOT NULL, updated_at bigint NOT NULL);
        ALTER TABLE activities
            ADD COLUMN author_key text, ADD COLUMN assignee_key text, ADD COLUMN created_external bigint, ADD COLUMN updated_external bigint,
            ADD COLUMN preview text, ADD COLUMN priority integer, ADD COLUMN related_source text, ADD COLUMN tags text,
            ADD COLUMN actions text, ADD COLUMN schedules text, ADD COLUMN todo boolean NOT NULL DEFAULT false, ADD COLUMN todo_date text;
        ALTER TABLE notes ADD COLUMN created_external bigint, ADD COLUMN reply_to text, ADD COLUMN mentions text, ADD COLUMN tags text;
        ALTER TABLE channels ADD COLUMN link_types text;
        ALTER TABLE callbacks ADD COLUMN is_synchronous boolean NOT NULL DEFAULT false;
        CREATE TABLE connectors (
            name text PRIMARY KEY, manifest_hash text NOT NULL, options text, installed_at bigint NOT NULL);
        """,
    ];

    /// <summary>The Twister tables' migrations, recorded in <c>twister_schema</c>.</summary>
    public static PostgreSqlMigrations Tables { get; } = new("Twister.Hosting.PostgreSql", "twister_schema", MigrationLock, Migrations);

    /// <summary>The version this code writes.</summary>
    public static int CurrentVersion => Migrations.Length;
}
