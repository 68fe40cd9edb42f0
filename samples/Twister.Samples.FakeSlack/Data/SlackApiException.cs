namespace Twister.Samples.FakeSlack.Data;

/// <summary>A logical Web API error: the API answers HTTP 200 with <c>{"ok": false, "error": Error}</c>.</summary>
/// <param name="error">Slack's error code (<c>channel_not_found</c>, <c>thread_not_found</c>, ...).</param>
/// <param name="detail">A detail for <c>response_metadata.messages</c>, if any.</param>
public sealed class SlackApiException(string error, string? detail = null) : Exception(detail is null ? error : $"{error}: {detail}")
{
    /// <summary>Slack's error code.</summary>
    public string Error { get; } = error;

    /// <summary>The detail, if any.</summary>
    public string? Detail { get; } = detail;
}

/// <summary>A page of messages.</summary>
/// <param name="Messages">The messages (history: newest first; replies: parent first, then oldest first).</param>
/// <param name="NextCursor">The cursor of the next page, or <see langword="null"/> at the end.</param>
public sealed record MessagePage(IReadOnlyList<Model.SlackMessage> Messages, string? NextCursor);
