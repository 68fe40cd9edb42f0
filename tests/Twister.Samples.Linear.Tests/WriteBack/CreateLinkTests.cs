using Twister.Samples.Linear.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Linear.Tests.WriteBack;

public sealed class CreateLinkTests : ConnectorTestBase
{
    [Fact]
    public async Task Creating_a_link_with_the_default_status_creates_the_issue_in_linear_and_links_it()
    {
        await SyncFirstTeamAsync();
        var status = Assert.Single(Host.Connector.Manifest.LinkTypes).CreateDefault!;

        var link = await Host.Connector.CreateLinkAsync(new CreateLinkDraft(Team.Id, "issue", status.Status, "Broken export", "The CSV is empty.", []));

        Assert.NotNull(link);
        var created = Linear.Data.GetIssues(Team.Id, after: null, first: 100).Nodes.Single(i => i.Title == "Broken export");
        Assert.Equal("unstarted", created.Status);
        Assert.Equal(SourceOf(created), link.Source);
        Assert.Equal("issue", link.LinkType);
        Assert.Equal("unstarted", link.LinkStatus);
        Assert.Equal(created.Url, link.SourceUrl);
        Assert.Equal(Team.Id, link.Meta.ChannelId);
        Assert.Equal(created.Id, link.Meta.ExternalId);
        await Host.AssertActivityCountAsync(IssuesPerTeam + 1);
    }
}
