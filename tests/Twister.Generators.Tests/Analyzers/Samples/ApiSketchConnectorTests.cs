using Twister.Generators.Tests.Analyzers.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Samples;

/// <summary>Connector code written the way API-SKETCH.md shows it raises no Twister diagnostic.</summary>
public sealed class ApiSketchConnectorTests
{
    private const string Connector = """
        using Twister.Tools;

        namespace Twister.Samples.Linear;

        [Connector("linear", Provider = AuthProvider.Linear, Scopes = ["read", "write"])]
        [NetworkAccess("https://api.linear.app/*")]
        public sealed partial class IssueConnector : Connector<IssueConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization auth, AuthToken token, CancellationToken ct)
                => Task.FromResult<IReadOnlyList<Channel>>([new Channel("team-1", "Team")]);

            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken ct)
            {
                await Store.SetAsync($"sync_state_{channel.Id}", new SyncState(null, 1, InitialSync: true), ct);
            }

            public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken ct)
                => await Store.ClearAsync($"sync_state_{channel.Id}", ct);

            [Callback]
            private async Task SyncBatch(string channelId, CancellationToken ct)
            {
                var state = await Store.GetAsync<SyncState>($"sync_state_{channelId}", ct);
                if (state is null) return;
                foreach (var issue in await FetchAsync(channelId, ct))
                    await Plot.CreateActivityAsync(ToActivity(issue, channelId, state.InitialSync), ct);
            }

            [Callback]
            private async Task OnWebhook(WebhookRequest request, string channelId, CancellationToken ct)
            {
                foreach (var issue in await FetchAsync(channelId, ct))
                    await Plot.CreateActivityAsync(ToActivity(issue, channelId, initialSync: false), ct);
            }

            [Callback("sync-page")]
            private Task SyncPage(string channelId, int page, bool force = false) => Task.CompletedTask;

            private static NewActivity ToActivity(LinearIssue issue, string channelId, bool initialSync) => new()
            {
                Source = $"linear:issue:{issue.Id}",
                Type = ActivityType.Action,
                Title = $"{issue.Identifier}: {issue.Title}",
                Done = issue.CompletedAt,
                Meta = new ActivityMeta { SyncProvider = "linear", ChannelId = channelId },
                Notes =
                [
                    new NewNote
                    {
                        Key = "description",
                        Content = issue.DescriptionHtml ?? issue.Description,
                        ContentType = issue.DescriptionHtml is null ? ContentType.Text : ContentType.Html,
                    },
                ],
                Unread = initialSync ? false : null,
                Archived = initialSync ? false : null,
            };

            private static Task<IReadOnlyList<LinearIssue>> FetchAsync(string channelId, CancellationToken ct)
                => Task.FromResult<IReadOnlyList<LinearIssue>>([]);
        }

        // Stands in for the generated part of the class, which these analyzer tests do not run.
        public sealed partial class IssueConnector
        {
            private IPlot Plot => throw new NotSupportedException();
        }

        public sealed record SyncState(string? Cursor, int BatchNumber, bool InitialSync);

        public sealed record LinearIssue(string Id, string Identifier, string Title, string? Description, string? DescriptionHtml, DateTimeOffset? CompletedAt);

        [LinkType("issue", Label = "Issue")]
        public enum IssueStatus
        {
            [Status("backlog", "Backlog")] Backlog,
            [Status("unstarted", "To Do", Todo = true, CreateDefault = true)] Unstarted,
            [Status("completed", "Done", Done = true, Tag = Tag.Done)] Completed,
        }
        """;

    private const string Shipped = """
        Twister.Samples.Linear.IssueConnector:OnWebhook(string channelId)
        Twister.Samples.Linear.IssueConnector:SyncBatch(string channelId)
        Twister.Samples.Linear.IssueConnector:sync-page(string channelId, int page)
        """;

    [Fact]
    public async Task The_sketched_connector_has_no_Twister_diagnostics()
    {
        var (errors, diagnostics) = await AllAnalyzers.RunAsync(
            [("IssueConnector.cs", Connector)],
            [("/project/Callbacks.Shipped.txt", Shipped), ("/project/Callbacks.Unshipped.txt", ""),
             ("/project/State.Shipped.txt", "Twister.Samples.Linear.SyncState(string cursor, int batchNumber, bool initialSync)\n")]);

        Assert.Empty(errors);
        Assert.Empty(diagnostics);
    }
}
