namespace Twister.Hosting.Storage;

/// <summary>A task to add to the queue.</summary>
/// <param name="Id">The task id.</param>
/// <param name="Connector">The connector's name.</param>
/// <param name="ChannelId">The channel it runs on (see <see cref="ChannelKey"/>).</param>
/// <param name="Key">The callback it runs.</param>
/// <param name="Arguments">The persisted arguments (a UTF-8 JSON array).</param>
/// <param name="Invocation">The encoded webhook request, for a webhook delivery.</param>
/// <param name="RunAt">When it is due.</param>
public sealed record NewTask(string Id, string Connector, string ChannelId, string Key, byte[] Arguments, byte[]? Invocation, DateTimeOffset RunAt);
