namespace Twister.Generators.Tests.Analyzers.Infrastructure;

/// <summary>Builds test connectors: the abstract members every connector implements, so tests show only what they are about.</summary>
internal static class ConnectorSource
{
    /// <summary>Implementations of <c>Connector&lt;TSelf&gt;</c>'s abstract members.</summary>
    public const string RequiredMembers = """
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        """;

    /// <summary>A partial connector <c>Demo.IssueConnector</c> named "linear" with <paramref name="body"/> as extra members.</summary>
    public static string Connector(string body, string extraTypes = "") => $$"""
        namespace Demo;

        [Connector("linear")]
        public sealed partial class IssueConnector : Connector<IssueConnector>
        {
        {{RequiredMembers}}
        {{body}}
        }

        public sealed record Issue(string Id, string Identifier, string Title, string? Url, string? DescriptionHtml, int Number, DateTimeOffset? CompletedAt);
        {{extraTypes}}
        """;

    /// <summary>
    /// A partial connector <c>Demo.IssueConnector</c> that implements only <c>GetChannelsAsync</c>, so
    /// that <paramref name="body"/> writes its own lifecycle hooks; <paramref name="arguments"/> are added to
    /// <c>[Connector("linear", ...)]</c> and <paramref name="attributes"/> above it (such as <c>[NetworkAccess]</c>).
    /// </summary>
    public static string WithHooks(string body, string extraTypes = "", string arguments = "", string attributes = "") => $$"""
        namespace Demo;

        [Connector("linear"{{arguments}})]
        {{attributes}}
        public sealed partial class IssueConnector : Connector<IssueConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([]);
        {{body}}
        }

        public sealed class ServiceClient
        {
            public Task<string?> CreateWebhookAsync(string url, string channelId, CancellationToken ct) => Task.FromResult<string?>("hook-1");
            public Task DeleteWebhookAsync(string id, CancellationToken ct) => Task.CompletedTask;
            public Task<string> CreateCommentAsync(string issueId, string body, CancellationToken ct) => Task.FromResult("comment-1");
            public Task<string> GetIssueAsync(string issueId, CancellationToken ct) => Task.FromResult("issue");
        }
        {{extraTypes}}
        """;
}
