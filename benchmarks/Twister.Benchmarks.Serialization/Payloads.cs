using System.Text.Json.Serialization;

namespace Twister.Benchmarks.Serialization;

/// <summary>A workflow status, written by name.</summary>
public enum IssueState
{
    /// <summary>Not started.</summary>
    Backlog,
    /// <summary>In progress.</summary>
    Started,
    /// <summary>Done.</summary>
    Completed,
}

/// <summary>The sample connector's sync state: a small record stored between batches.</summary>
/// <param name="Cursor">Next page cursor.</param>
/// <param name="BatchNumber">Batch number.</param>
/// <param name="InitialSync">First sync.</param>
public sealed record SyncState(string? Cursor, int BatchNumber, bool InitialSync);

/// <summary>A larger stored record: nested objects, a list, a dictionary, dates, an enum and nullables.</summary>
/// <param name="Id">Immutable id.</param>
/// <param name="Title">Title.</param>
/// <param name="State">Status.</param>
/// <param name="Estimate">Estimate, if set.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Labels">Labels.</param>
/// <param name="Comments">Comments.</param>
/// <param name="Fields">Custom fields.</param>
public sealed record IssueSnapshot(
    Guid Id,
    string Title,
    IssueState State,
    double? Estimate,
    DateTimeOffset UpdatedAt,
    List<string> Labels,
    List<CommentSnapshot> Comments,
    Dictionary<string, string> Fields);

/// <summary>One comment.</summary>
/// <param name="Id">Id.</param>
/// <param name="Author">Author.</param>
/// <param name="Body">Text.</param>
/// <param name="CreatedAt">When.</param>
public sealed record CommentSnapshot(string Id, string Author, string Body, DateTimeOffset CreatedAt);

/// <summary>System.Text.Json source-generated metadata for the same types, with the same wire format (camelCase, enum names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SyncState))]
[JsonSerializable(typeof(IssueSnapshot))]
[JsonSerializable(typeof(string))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext;

/// <summary>
/// A connector that stores both records, so that the Twister generator emits their serializers, and
/// whose callbacks take the arguments a sync chain persists (a channel id and the sync state).
/// </summary>
[Connector("bench")]
public sealed partial class BenchConnector : Connector<BenchConnector>
{
    /// <inheritdoc/>
    public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<Channel>>([]);

#pragma warning disable TWIST4002 // a benchmark connector: its channels are never disabled
    /// <inheritdoc/>
    public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
    {
        await Store.SetAsync("state", new SyncState(null, 1, true), cancellationToken);
        _ = await Store.GetAsync<IssueSnapshot>("issue", cancellationToken);
    }
#pragma warning restore TWIST4002

    /// <summary>The next batch of a sync: the arguments a task token persists.</summary>
    [Callback]
    private Task SyncPage(string channelId, SyncState state, CancellationToken cancellationToken) => Task.CompletedTask;
}
