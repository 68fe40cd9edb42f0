namespace Twister.Generators.Tests.Generators;

/// <summary>Connector sources compiled by the generator tests.</summary>
internal static class TestSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Twister;

        """;

    /// <summary>A connector whose one callback takes a record reaching every supported kind of type.</summary>
    public const string Kinds = Usings + """
        namespace Sample.Kinds;

        public enum Priority { Low, Medium, High }

        public sealed record Address(string Street, int Number = 1);

        public sealed class Tree
        {
            public string Name { get; set; } = "";
            public List<Tree>? Children { get; set; }
        }

        public struct Point
        {
            public int X { get; set; }
            public int Y { get; set; }
        }

        public sealed record Everything(
            string Text, bool Flag, byte B, short S, int I, long L, float F, double D, decimal M, char C,
            DateTime When, DateTimeOffset At, Guid Id, Uri Link, TimeSpan Span, DateOnly Day,
            Priority Level, int? MaybeNumber, Priority? MaybeLevel, Point Where,
            int[] Numbers, List<string> Names, IReadOnlyList<Address> Addresses, HashSet<int> Unique, IReadOnlySet<string> Tags,
            Dictionary<string, int> Counts, IReadOnlyDictionary<string, Address> ByName, Tree Root)
        {
            public string? Note { get; init; }
            public uint Settable { get; set; }
        }

        [Connector("kinds")]
        public sealed partial class KindsConnector : Connector<KindsConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback]
            private async Task Echo(Everything value, CancellationToken ct) => await Store.SetAsync("echo", value, ct);

            [Callback]
            private async Task EchoAddress(Address value, CancellationToken ct)
            {
                var previous = await Store.GetAsync<Address>("address", ct);
                await Store.SetAsync("address", value with { Number = value.Number + (previous?.Number ?? 0) }, ct);
            }
        }
        """;

    /// <summary>Version 1 of a connector with a pinned callback key.</summary>
    public const string VersionOne = Usings + """
        namespace Sample.Versions;

        public enum Priority { Low, Medium, High }

        [Connector("versions", Provider = AuthProvider.Linear, Scopes = ["read"])]
        [NetworkAccess("https://api.example.com/*")]
        public sealed partial class VersionedConnector : Connector<VersionedConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback("sync")]
            private Task Sync(string channelId, int batch, CancellationToken ct) => Store.SetAsync("called", $"v1 {channelId} {batch}", ct).AsTask();
        }
        """;

    /// <summary>Version 2: the method renamed (key pinned), an optional parameter appended, more return kinds.</summary>
    public const string VersionTwo = Usings + """
        namespace Sample.Versions;

        public enum Priority { Low, Medium, High }

        [Connector("versions", Provider = AuthProvider.Linear, Scopes = ["read"])]
        [NetworkAccess("https://api.example.com/*")]
        public sealed partial class VersionedConnector : Connector<VersionedConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            [Callback("sync")]
            private Task SyncTeam(string channelId, int batch, Priority? level = Priority.High, string label = "none", CancellationToken ct = default)
                => Store.SetAsync("called", $"v2 {channelId} {batch} {level} {label}", ct).AsTask();

            [Callback]
            private void Ping(long count) => _ = Store.SetAsync("ping", count);

            [Callback]
            private async ValueTask OnWebhook(WebhookRequest request, string channelId, CancellationToken ct)
                => await Store.SetAsync("hook", $"{channelId} {request.RawBody}", ct);
        }
        """;

    /// <summary>A connector with typed options of every kind (declared in a base class too), read in a callback and in <c>OnOptionsChangedAsync</c>.</summary>
    public const string Options = Usings + """
        using System.Globalization;

        namespace Sample.Options;

        public abstract class ServiceOptions
        {
            [Option("Site URL", Description = "Where the service runs.")]
            public string Site { get; init; } = "https://example.atlassian.net";
        }

        public sealed class SyncOptions : ServiceOptions
        {
            [Option("Project key", Description = "The project to sync.")]
            public string Project { get; init; } = "";

            [Option("Issues per page", Min = 1, Max = 100)]
            public int PageSize { get; init; } = 50;

            [Option("Sync comments")]
            public bool SyncComments { get; init; } = true;

            [Option("Issue types", Choices = ["all", "bugs", "stories"])]
            public string IssueTypes { get; set; } = "all";

            [Option("API token", Secret = true)]
            public string? ApiToken { get; init; }

            [Option("History (days)", Key = "history_days", Min = 0)]
            public long HistoryDays { get; init; } = 30;

            [Option("Sampling rate", Min = 0, Max = 1)]
            public double Rate { get; init; } = 0.25;

            [Option("Monthly budget")]
            public decimal Budget { get; init; } = 12.50m;
        }

        [Connector("options", Options = typeof(SyncOptions))]
        public sealed partial class OptionsConnector : Connector<OptionsConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken ct) => Task.CompletedTask;

            public override async Task OnOptionsChangedAsync(OptionsChange change, CancellationToken ct)
                => await Store.SetAsync("changed", $"{OptionsFrom(change.Previous).PageSize} to {Options.PageSize}", ct);

            [Callback]
            private async Task Snapshot(CancellationToken ct)
            {
                var o = Options;
                await Store.SetAsync("seen", string.Join("|", o.Site, o.Project, o.PageSize, o.SyncComments, o.IssueTypes, o.ApiToken ?? "(null)",
                    o.HistoryDays, o.Rate.ToString(CultureInfo.InvariantCulture), o.Budget.ToString(CultureInfo.InvariantCulture)), ct);
                await Store.SetAsync("bound once", ReferenceEquals(o, Options), ct);
            }
        }
        """;

    /// <summary>A link type enum.</summary>
    public const string LinkType = """
        using Twister;

        namespace Sample.Links;

        [LinkType("issue", Label = "Issue")]
        public enum IssueStatus
        {
            [Status("backlog", "Backlog")] Backlog,
            [Status("unstarted", "To Do", Todo = true, CreateDefault = true)] Unstarted,
            [Status("completed", "Done", Done = true, Tag = Tag.Done)] Completed,
        }
        """;
}
