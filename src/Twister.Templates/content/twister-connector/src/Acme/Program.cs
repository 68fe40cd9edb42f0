// Runs the connector on the local Twister host (SQLite, in acme.db) against the embedded fake of Acme, offline:
// installs it, enables the first project, waits for the initial sync and prints what reached Plot. Run it twice:
// upserts keep the counts the same. For the real service, drop the fake and MapOrigin and pass a real token.
using Acme;
using Acme.Api;
using Acme.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twister.Hosting;
using Twister.Hosting.Execution;
using Twister.Hosting.Tasks;

var databasePath = args.Length > 0 ? args[0] : "acme.db";
await using var fake = await FakeAcmeServer.StartAsync(FakeAcmeData.Seed(projects: 2, ticketsPerProject: 60));

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services
    .AddTwister(o =>
    {
        o.DatabasePath = databasePath;
        o.MapOrigin(AcmeClient.Origin, fake.BaseAddress); // development only: Acme's requests go to the fake
    })
    .AddConnector<AcmeConnector>(c => c.DevelopmentToken = FakeAcmeData.Token);
using var app = builder.Build();
await app.StartAsync(); // the webhook endpoint on loopback and the task worker

var twister = app.Services.GetRequiredService<TwisterHost>();
var acme = twister.Connector<AcmeConnector>();
var projects = await acme.InstallAsync();
await acme.EnableChannelAsync(projects[0].Id);
Console.WriteLine($"Enabled '{projects[0].Title}'; syncing into {twister.StorageLocation}");

while ((await twister.GetTasksAsync()).Any(t => t.Status == QueuedTaskStatus.Pending))
    await Task.Delay(TimeSpan.FromMilliseconds(100));

var (items, notes) = await twister.Plot.CountAsync();
var failed = (await twister.GetExecutionsAsync()).Count(e => e.Status == ExecutionStatus.Failed);
Console.WriteLine($"Plot has {items} items and {notes} notes; {failed} failed executions.");
foreach (var webhook in await twister.GetWebhooksAsync())
    Console.WriteLine($"Webhook: {webhook.Url}");
await app.StopAsync();
return failed == 0 ? 0 : 1;
