using Twister.Samples.FakeLinear.Data;

namespace Twister.Samples.FakeLinear.Tests;

public sealed class FakeLinearDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_teams_issues_and_ids()
    {
        var first = FakeLinearData.Seed(teams: 2, issuesPerTeam: 250);
        var second = FakeLinearData.Seed(teams: 2, issuesPerTeam: 250);

        Assert.Equal(500, first.IssueCount);
        Assert.Equal(first.Teams, second.Teams);
        Assert.Equal(first.GetIssues(first.Teams[1].Id, null, 100).Nodes, second.GetIssues(second.Teams[1].Id, null, 100).Nodes);
        Assert.NotEqual(first.Teams[0].Id, FakeLinearData.Seed(seed: 2).Teams[0].Id);
        Assert.True(Guid.TryParse(first.Teams[0].Id, out _));
    }

    [Fact]
    public void Pages_walk_every_issue_of_a_team_once_in_id_order()
    {
        var data = FakeLinearData.Seed(teams: 2, issuesPerTeam: 120);
        var team = data.Teams[0].Id;
        var seen = new List<string>();
        string? cursor = null;
        bool more;
        do
        {
            var page = data.GetIssues(team, cursor, 50);
            seen.AddRange(page.Nodes.Select(i => i.Id));
            (more, cursor) = (page.PageInfo.HasNextPage, page.PageInfo.EndCursor);
        }
        while (more);

        Assert.Equal(120, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(120, seen.Distinct().Count());
        Assert.Equal(100, data.GetIssues(team, null, 1000).Nodes.Count);
    }

    [Fact]
    public void Issues_carry_html_descriptions_and_keep_their_id_when_edited()
    {
        var data = FakeLinearData.Seed(teams: 1, issuesPerTeam: 3);
        var issue = data.GetIssues(data.Teams[0].Id, null, 1).Nodes[0];

        var edited = data.EditIssue(issue.Id, title: "New title", descriptionHtml: "<p>Now <strong>bold</strong></p>", status: "completed")!;

        Assert.StartsWith("<p>", issue.DescriptionHtml);
        Assert.Equal(issue.Id, edited.Id);
        Assert.Equal(issue.Identifier, edited.Identifier);
        Assert.Equal("New title", edited.Title);
        Assert.Equal("Now bold", edited.Description);
        Assert.NotNull(edited.CompletedAt);
        Assert.True(edited.UpdatedAt > issue.UpdatedAt);
    }
}
