using System.Net;

namespace Twister.Samples.GoogleCalendar.Api;

/// <summary>Google Calendar refused a request: the status, Google's reason (for example <c>forbiddenForNonOrganizer</c>) and its message.</summary>
public sealed class GoogleApiException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">What was asked (method and path), for the message.</param>
    /// <param name="statusCode">The status Google answered.</param>
    /// <param name="reason">Google's reason code, if the answer had one.</param>
    /// <param name="detail">Google's message, if the answer had one.</param>
    public GoogleApiException(string request, HttpStatusCode statusCode, string? reason, string? detail)
        : base($"Google Calendar answered {(int)statusCode} {reason ?? statusCode.ToString()} to {request}" + (detail is null ? "." : $": {detail}"), null, statusCode)
    {
        Reason = reason;
    }

    /// <summary>Google's reason code (<c>error.errors[0].reason</c>), if the answer had one.</summary>
    public string? Reason { get; }
}
