using System.Globalization;

namespace Twister.Samples.Cluster;

/// <summary>The sample's command line.</summary>
/// <param name="PostgreSql">The Npgsql connection string of the cluster's database.</param>
/// <param name="Silos">Silos in all.</param>
/// <param name="Processes">Processes they are spread over (this one included).</param>
/// <param name="ClusterId">The Orleans cluster id (a new one per run unless given).</param>
public sealed record SampleOptions(string PostgreSql, int Silos, int Processes, string ClusterId)
{
    /// <summary>For a silo process started by the sample itself: where the fake service listens, and its token.</summary>
    public (Uri Address, string Token)? Linear { get; init; }

    /// <summary>The environment variable read when <c>--postgres</c> is not given.</summary>
    public const string PostgreSqlVariable = "TWISTER_POSTGRES";

    /// <summary>How to call the sample.</summary>
    public const string Usage = "Usage: [--postgres <connection string>] [--silos N] [--processes N] [--cluster <id>]";

    /// <summary>Parses the arguments; the connection string comes from <c>--postgres</c> or <see cref="PostgreSqlVariable"/>.</summary>
    /// <param name="args">The process arguments.</param>
    /// <param name="options">The parsed options, when valid.</param>
    /// <param name="error">What is wrong, otherwise.</param>
    public static bool TryParse(IReadOnlyList<string> args, out SampleOptions options, out string? error)
    {
        string? postgres = Environment.GetEnvironmentVariable(PostgreSqlVariable), cluster = null, linearUrl = null, linearToken = null;
        int silos = 3, processes = 1;
        error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--postgres" when value is not null: postgres = value; i++; break;
                case "--silos" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out silos) && silos > 0: i++; break;
                case "--processes" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out processes) && processes > 0: i++; break;
                case "--cluster" when value is not null: cluster = value; i++; break;
                case "--linear" when value is not null: linearUrl = value; i++; break;
                case "--linear-token" when value is not null: linearToken = value; i++; break;
                default: error = $"Unknown, incomplete or invalid argument '{args[i]}'. {Usage}"; break;
            }
        }
        if (error is null && string.IsNullOrWhiteSpace(postgres))
            error = $"No PostgreSQL: pass --postgres \"Host=...;Database=...\" or set {PostgreSqlVariable}. For a throwaway local server: bash eng/postgres.sh start /tmp/twister-pg (it prints the connection string).";
        if (error is null && processes > silos) error = $"{processes} processes cannot share {silos} silos: give each process one silo at least.";
        options = new SampleOptions(postgres ?? "", silos, processes, cluster ?? $"twister-sample-{Guid.NewGuid():N}"[..24])
        {
            Linear = linearUrl is not null && linearToken is not null ? (new Uri(linearUrl), linearToken) : null,
        };
        return error is null;
    }
}
