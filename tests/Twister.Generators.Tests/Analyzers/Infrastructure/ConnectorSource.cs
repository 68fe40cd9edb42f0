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
}
