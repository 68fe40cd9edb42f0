using Twister.Hosting.PostgreSql;

namespace Twister.Hosting.Orleans.Clustering;

/// <summary>
/// The cluster's membership tables, beside the Twister tables in the same database, with their own migration
/// list (recorded in <c>twister_orleans_schema</c>). One version row per cluster id; one row per silo
/// incarnation. Times are Unix milliseconds (UTC), as in the storage providers. Append migrations; never
/// edit one that has shipped.
/// </summary>
internal static class ClusteringSchema
{
    // Any constant works; it only has to be the same for every silo on the database (and differ from the Twister tables' lock).
    private const long MigrationLock = 0x7477697374657202;

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE orleans_membership_version (
            cluster_id text PRIMARY KEY, version integer NOT NULL, etag bigint NOT NULL);
        CREATE TABLE orleans_membership (
            cluster_id text NOT NULL REFERENCES orleans_membership_version (cluster_id) ON DELETE CASCADE,
            silo_address text NOT NULL, silo_name text NOT NULL, host_name text NOT NULL, role_name text,
            status integer NOT NULL, proxy_port integer NOT NULL, update_zone integer NOT NULL, fault_zone integer NOT NULL,
            suspect_times text, start_time bigint NOT NULL, i_am_alive_time bigint NOT NULL, last_update bigint NOT NULL,
            etag bigint NOT NULL, PRIMARY KEY (cluster_id, silo_address));
        """,
    ];

    /// <summary>The membership tables' migrations.</summary>
    public static PostgreSqlMigrations Migrations { get; } = new("Twister.Hosting.Orleans", "twister_orleans_schema", MigrationLock, Steps);
}
