using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Twister.Hosting.Execution;
using Twister.Hosting.Network;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear;
using Twister.Testing;

namespace Twister.Hosting.OpenTelemetry.Tests;

/// <summary>Spans exported through <c>AddTwisterInstrumentation()</c> and OpenTelemetry's in-memory exporter.</summary>
public sealed class TracingTests
{
    private static TracerProvider Tracing(List<Activity> spans) => Sdk.CreateTracerProviderBuilder()
        .AddTwisterInstrumentation()
        .AddSource("System.Net.Http") // each attempt, as AddHttpClientInstrumentation() would add it
        .AddInMemoryExporter(spans)
        .Build()!;

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    [Fact]
    public async Task Each_execution_is_a_span_with_its_http_requests_and_their_attempts_inside()
    {
        var spans = new List<Activity>();
        using (Tracing(spans))
        {
            await using var linear = new FakeLinearService(FakeLinearData.Seed(teams: 1, issuesPerTeam: 3));
            await linear.StartAsync();
            await using var host = TwisterTestHost.Create<IssueConnector>(o => o.MapOrigin("https://api.linear.app", linear.BaseAddress), linear.Token);
            await host.InstallAsync();
            await host.RunUntilIdleAsync();
        }

        var executions = spans.Where(s => s.Source.Name == "Twister.Hosting" && Tag(s, "twister.execution.kind") is not null).ToList();
        Assert.Equal(["Activate", "GetChannels", "ChannelEnabled", "Task"], executions.Select(s => Tag(s, "twister.execution.kind")));
        var sync = executions[3];
        Assert.Equal("Task linear", sync.DisplayName);
        Assert.Equal("linear", Tag(sync, "twister.connector"));
        Assert.False(string.IsNullOrEmpty(Tag(sync, "twister.channel.id")));
        Assert.StartsWith("exe_", Tag(sync, "twister.execution.id"));
        Assert.NotNull(Tag(sync, "twister.callback.key"));
        Assert.StartsWith("task_", Tag(sync, "twister.task.id"));
        Assert.Equal("Succeeded", Tag(sync, "twister.execution.status"));
        Assert.Equal(ActivityStatusCode.Unset, sync.Status);

        var requests = spans.Where(s => s.ParentSpanId == sync.SpanId && s.Source.Name == "Twister.Hosting").ToList();
        var request = Assert.Single(requests);
        Assert.Equal("GET api.linear.app", request.DisplayName);
        Assert.Equal("GET", Tag(request, "http.request.method"));
        Assert.StartsWith("https://api.linear.app/teams/", Tag(request, "url.full"));
        Assert.DoesNotContain("?", Tag(request, "url.full"));
        Assert.Equal("200", Tag(request, "http.response.status_code"));
        Assert.Equal("1", Tag(request, "twister.http.attempts"));
        Assert.Equal(sync.TraceId, request.TraceId);
        var attempt = Assert.Single(spans, s => s.Source.Name == "System.Net.Http" && s.ParentSpanId == request.SpanId);
        Assert.Equal(ActivityKind.Client, attempt.Kind);
        Assert.True((int)sync.GetTagItem("twister.execution.requests")! > 1);
    }

    [Fact]
    public async Task A_failed_execution_and_a_rescheduled_one_say_so_with_the_error()
    {
        var spans = new List<Activity>();
        using (Tracing(spans))
        {
            await using var probe = await ProbeServer.StartAsync();
            await using var host = TwisterTestHost.Create<ProbeConnector>(o =>
            {
                o.Http.MaxRetryAttempts = 1;
                o.Http.RetryDelay = TimeSpan.Zero;
                o.MapOrigin(ProbeConnector.Origin, probe.BaseAddress);
            });
            await host.InvokeCallbackAsync("Queue", """["/fail"]""");
            await host.InvokeCallbackAsync("Queue", """["/busy"]""");
            await host.RunPendingTasksAsync();
        }

        var tasks = spans.Where(s => Tag(s, "twister.execution.kind") == "Task").ToList();
        var failed = Assert.Single(tasks, s => Tag(s, "twister.execution.status") == "Failed");
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal(typeof(HttpRequestException).FullName, Tag(failed, "error.type"));
        Assert.Contains(failed.Events, e => e.Name == "exception");
        var failedRequest = Assert.Single(spans, s => s.ParentSpanId == failed.SpanId && s.Source.Name == "Twister.Hosting");
        Assert.Equal("500", Tag(failedRequest, "http.response.status_code"));
        Assert.Equal("2", Tag(failedRequest, "twister.http.attempts")); // the first attempt and one retry
        Assert.Contains(failedRequest.Events, e => e.Name == "twister.http.retry");

        var rescheduled = Assert.Single(tasks, s => Tag(s, "twister.execution.status") == "Rescheduled");
        Assert.Equal(typeof(RetryAfterException).FullName, Tag(rescheduled, "error.type"));
        Assert.Equal(ExecutionStatus.Rescheduled.ToString(), Tag(rescheduled, "twister.execution.status"));
    }
}
