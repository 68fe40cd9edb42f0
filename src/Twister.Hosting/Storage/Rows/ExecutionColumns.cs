using System.ComponentModel;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>executions</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ExecutionColumns
{
    /// <summary>Every execution, oldest first, as every provider selects them.</summary>
    internal const string SelectAll = """
        SELECT id AS Id, connector AS Connector, channel_id AS ChannelId, kind AS Kind, callback_key AS CallbackKey, task_id AS TaskId,
               status AS Status, error AS Error, requests AS Requests, started_at AS StartedAt, finished_at AS FinishedAt
        FROM executions ORDER BY seq
        """;

    public string Id { get; set; } = "";
    public string Connector { get; set; } = "";
    public string? ChannelId { get; set; }
    public int Kind { get; set; }
    public string? CallbackKey { get; set; }
    public string? TaskId { get; set; }
    public int Status { get; set; }
    public string? Error { get; set; }
    public int Requests { get; set; }
    public long StartedAt { get; set; }
    public long FinishedAt { get; set; }

    internal ExecutionRecord ToRecord() => new(
        Id, Connector, (ExecutionKind)Kind, CallbackKey, TaskId, (ExecutionStatus)Status, Error, Requests,
        StoredTimes.FromUnixMs(StartedAt), StoredTimes.FromUnixMs(FinishedAt))
    {
        ChannelId = ChannelId,
    };
}
