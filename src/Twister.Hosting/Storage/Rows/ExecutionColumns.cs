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
