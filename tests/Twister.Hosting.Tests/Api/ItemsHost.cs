using Twister.Hosting.Execution;
using Twister.Hosting.Tests.TestConnectors;
using Twister.Testing;

namespace Twister.Hosting.Tests.Api;

[CollectionDefinition(nameof(ItemsConnector), DisableParallelization = true)]
public sealed class ItemsCollection;

/// <summary>A test host running <see cref="ItemsConnector"/>, installed, with helpers to sync items into a channel.</summary>
internal sealed class ItemsHost : IAsyncDisposable
{
    private ItemsHost(TwisterTestHost host) => Host = host;

    public TwisterTestHost Host { get; }

    public static async Task<ItemsHost> StartAsync()
    {
        ItemsConnector.Calls.Clear();
        ItemsConnector.Items.Clear();
        var host = TwisterTestHost.Create<ItemsConnector>();
        await host.Connector.InstallAsync();
        return new ItemsHost(host);
    }

    /// <summary>Runs the connector's sync of <paramref name="items"/> into <paramref name="channel"/> in one execution.</summary>
    public async Task<ExecutionRecord> SyncAsync(string channel, params NewActivity[] items)
    {
        ItemsConnector.Items[channel] = items;
        return await Host.InvokeCallbackAsync("Sync", $"[\"{channel}\"]");
    }

    public static NewActivity Item(string source, string channel = "plain") => new()
    {
        Source = source,
        Type = ActivityType.Action,
        Title = $"Item {source}",
        Meta = new ActivityMeta { SyncProvider = ItemsConnector.Name, ChannelId = channel },
    };

    public async Task<Twister.Hosting.Plot.PlotActivity> ActivityAsync(string source)
        => await Host.Plot.FindActivityAsync(source) ?? throw new InvalidOperationException($"No activity {source}.");

    public IReadOnlyList<string> Calls => [.. ItemsConnector.Calls];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
