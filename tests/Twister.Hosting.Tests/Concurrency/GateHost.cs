using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twister.Hosting.Configuration;
using Twister.Hosting.Tests.TestConnectors;

namespace Twister.Hosting.Tests.Concurrency;

/// <summary>A running host (background worker on) with <see cref="GateConnector"/>, for one test run.</summary>
internal sealed class GateHost : IAsyncDisposable
{
    private readonly IHost _host;

    private GateHost(IHost host, string run)
    {
        _host = host;
        Run = run;
        Twister = host.Services.GetRequiredService<TwisterHost>();
    }

    public string Run { get; }

    public TwisterHost Twister { get; }

    /// <summary>Starts a host; <paramref name="plans"/> gives each channel the steps its enable queues.</summary>
    public static async Task<GateHost> StartAsync(Dictionary<string, string[]> plans, Action<TwisterOptions>? configure = null, string? run = null, TimeProvider? clock = null)
    {
        run ??= Guid.NewGuid().ToString("N");
        foreach (var (channel, steps) in plans) GateConnector.Plans[$"{run}/{channel}"] = steps;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (clock is not null) builder.Services.AddSingleton(clock);
        builder.Services.AddTwister(o =>
        {
            o.UseInMemoryDatabase = true;
            o.RunWebhookServer = false;
            o.TaskPollInterval = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(o);
        }).AddConnector<GateConnector>(c => c.DevelopmentToken = string.Join(',', plans.Keys));
        var host = builder.Build();
        await host.StartAsync();
        var gates = new GateHost(host, run);
        await gates.Twister.InvokeCallbackAsync(GateConnector.Name, "Start", GateConnector.Callbacks.Start(run).Arguments, null, default);
        await gates.Twister.Connector<GateConnector>().InstallAsync();
        return gates;
    }

    public IReadOnlyList<string> Events => GateConnector.EventsOf(Run);

    public Task EnableAsync(string channel) => Twister.Connector<GateConnector>().EnableChannelAsync(channel);

    public void Open(string step) => GateConnector.Gate(Run, step).TrySetResult();

    public TaskCompletionSource Close(string step) => GateConnector.Gate(Run, step);

    /// <summary>Waits until <paramref name="condition"/> holds (a generous deadline against a hang, not a timing assertion).</summary>
    public static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    public Task WaitForEventAsync(string name) => WaitForAsync(() => Events.Contains(name), name);

    public async ValueTask DisposeAsync()
    {
        foreach (var key in GateConnector.Gates.Keys.Where(k => k.StartsWith(Run + "/", StringComparison.Ordinal))) GateConnector.Gates[key].TrySetResult();
        await _host.StopAsync();
        _host.Dispose();
    }
}
