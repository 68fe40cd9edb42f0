using System.Net;

namespace Twister.Samples.Jira.Api;

/// <summary>Jira refused a request; the message names the request and repeats Jira's own error messages.</summary>
public sealed class JiraApiException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was asked and what Jira answered.</param>
    /// <param name="statusCode">The HTTP status Jira answered.</param>
    public JiraApiException(string message, HttpStatusCode statusCode)
        : base(message, inner: null, statusCode)
    {
    }
}
