using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Twister.Hosting.Configuration;
using Twister.Samples.Linear;

// A production host for the Linear sample connector (docs/hosting.md, "A production Program.cs").
var builder = WebApplication.CreateSlimBuilder(args);

// Options: the "Twister" section (appsettings.json, environment variables such as Twister__RequestBudget),
// then this code; validated at start. PostgreSQL when a connection string is configured, else SQLite.
builder.Services
    .AddTwister(o =>
    {
        if (builder.Configuration.GetConnectionString("Twister") is { Length: > 0 } postgres) o.UsePostgreSql(postgres);
    })
    .AddConnector<IssueConnector>(); // its own settings: Twister:Connectors:linear

// Health: storage reachable, worker alive, queue lag.
builder.Services.AddHealthChecks().AddTwister("ready");

// OpenTelemetry: the host's spans (executions, their HTTP requests and each attempt) and metrics,
// exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
var telemetry = builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddTwisterInstrumentation().AddSource("System.Net.Http"))
    .WithMetrics(metrics => metrics.AddTwisterInstrumentation());
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();

var app = builder.Build();
app.MapTwisterWebhooks();          // POST /webhooks/{token}, in this app instead of a loopback server
app.MapTwisterHealthChecks("/health");
app.Run();
