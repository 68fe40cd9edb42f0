using System.Diagnostics;
using System.Globalization;
using System.Net;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Observability;

/// <summary>
/// The host's spans, on the activity source <see cref="ActivitySourceName"/>: one per execution (connector,
/// channel, kind, callback key, task id, status, request count) and, inside it, one per outbound HTTP request
/// of connector code (method, URL without its query, status, attempts, redirects). Each attempt's own span
/// comes from .NET's <c>System.Net.Http</c> source when that is enabled (OpenTelemetry's
/// <c>AddHttpClientInstrumentation()</c>), as a child of the request's span.
/// </summary>
public static class TwisterTracing
{
    /// <summary>The activity source's name, for <c>AddSource</c> (or use <c>AddTwisterInstrumentation()</c>).</summary>
    public const string ActivitySourceName = "Twister.Hosting";

    private static readonly ActivitySource Source = new(ActivitySourceName, typeof(TwisterTracing).Assembly.GetName().Version?.ToString());

    internal static Activity? StartExecution(string id, ExecutionRequest request)
    {
        var activity = Source.StartActivity($"{request.Kind} {request.Connector.Name}", ActivityKind.Internal);
        if (activity is null) return null;
        activity.SetTag("twister.connector", request.Connector.Name);
        activity.SetTag("twister.channel.id", request.Channel.ChannelId);
        activity.SetTag("twister.execution.id", id);
        activity.SetTag("twister.execution.kind", request.Kind.ToString());
        if (request.CallbackKey is not null) activity.SetTag("twister.callback.key", request.CallbackKey);
        if (request.TaskId is not null) activity.SetTag("twister.task.id", request.TaskId);
        return activity;
    }

    internal static void ExecutionEnded(Activity? activity, ExecutionRecord record)
    {
        if (activity is null) return;
        activity.SetTag("twister.execution.status", record.Status.ToString());
        activity.SetTag("twister.execution.requests", record.Requests);
        if (record.Exception is { } failure) Failed(activity, failure);
    }

    internal static Activity? StartHttp(HttpMethod method, Uri url)
    {
        var activity = Source.StartActivity($"{method.Method} {url.Host}", ActivityKind.Internal);
        if (activity is null) return null;
        activity.SetTag("http.request.method", method.Method);
        activity.SetTag("url.full", url.GetLeftPart(UriPartial.Path)); // the query may carry secrets
        activity.SetTag("server.address", url.Host);
        activity.SetTag("server.port", url.Port);
        return activity;
    }

    internal static void HttpEnded(Activity? activity, int attempts, int redirects, HttpStatusCode? statusCode, Exception? failure)
    {
        if (activity is null) return;
        activity.SetTag("twister.http.attempts", attempts);
        activity.SetTag("twister.http.redirects", redirects);
        if (statusCode is { } status)
        {
            activity.SetTag("http.response.status_code", (int)status);
            if ((int)status >= 400) activity.SetStatus(ActivityStatusCode.Error, ((int)status).ToString(CultureInfo.InvariantCulture));
        }
        if (failure is not null) Failed(activity, failure);
    }

    /// <summary>Notes a retry on the current request span.</summary>
    internal static void HttpRetry(string answer, int attempt, TimeSpan delay)
        => Activity.Current?.AddEvent(new ActivityEvent("twister.http.retry", tags: new ActivityTagsCollection
        {
            ["twister.http.answer"] = answer,
            ["twister.http.attempt"] = attempt,
            ["twister.http.retry_delay_ms"] = delay.TotalMilliseconds,
        }));

    private static void Failed(Activity activity, Exception failure)
    {
        activity.SetTag("error.type", failure.GetType().FullName);
        activity.SetStatus(ActivityStatusCode.Error, failure.Message);
        activity.AddException(failure);
    }
}
