using System.Text.Json;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Tests;

public sealed class FakeJiraDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_site_and_the_seed_covers_each_case()
    {
        var first = FakeJiraData.Seed();
        var second = FakeJiraData.Seed();
        var all = first.Search(JqlQuery.Parse("project in (PLAT, MOB)"));

        Assert.Equal(24, first.IssueCount);
        Assert.Equal(first.CloudId, second.CloudId);
        Assert.Equal(first.Users, second.Users);
        Assert.Equal(Serialize(all), Serialize(second.Search(JqlQuery.Parse("project in (PLAT, MOB)"))));
        Assert.NotEqual(first.CloudId, FakeJiraData.Seed(seed: 2).CloudId);
        Assert.Equal(FakeJiraData.Statuses.Select(s => s.Id).Order(), all.Select(i => i.StatusId).Distinct().Order());
        Assert.Contains(all, i => i.AssigneeId is null);
        Assert.Contains(all, i => i.Description is null);
        Assert.Contains(all, i => i.Description?.Content?.Any(b => b.Type == "bulletList") == true);
        Assert.Contains(all, i => first.GetComments(i.Id).Count == 3);
        Assert.Contains(first.Users, u => u.EmailAddress is null);
        Assert.All(all.Where(i => i.StatusId == "10002"), i => Assert.NotNull(i.ResolutionDate));
    }

    [Fact]
    public void Jql_filters_by_project_id_or_key_and_dates_and_orders_as_asked()
    {
        var data = FakeJiraData.Seed();
        var platform = data.Projects[0];
        var byKey = data.Search(JqlQuery.Parse($"project = {platform.Key}"));
        var middle = byKey[6].Created;

        var byId = data.Search(JqlQuery.Parse($"project = {platform.Id} ORDER BY created ASC"));
        var since = data.Search(JqlQuery.Parse($"project = \"{platform.Id}\" AND created >= \"{middle:yyyy-MM-dd HH:mm}\""));
        data.EditIssue(byKey[0].Key, summary: "Touched last");
        var recent = data.Search(JqlQuery.Parse($"project = {platform.Key} AND updated >= \"2025-03-03\" ORDER BY updated DESC"));

        Assert.Equal(12, byKey.Count);
        Assert.Equal(byKey.Select(i => i.Id), byId.Select(i => i.Id));
        Assert.Equal(byKey.Skip(6).Select(i => i.Id), since.Select(i => i.Id));
        Assert.Equal("Touched last", recent[0].Summary);
        Assert.Empty(data.Search(JqlQuery.Parse($"project = {platform.Key} AND created < \"2025-01-01\"")));
    }

    [Theory]
    [InlineData("project = PLAT OR project = MOB", "project = PLAT OR project = MOB")]
    [InlineData("assignee = currentUser()", "assignee = currentUser()")]
    [InlineData("created >= yesterday", "'yesterday'")]
    public void Jql_the_fake_does_not_understand_is_refused_with_the_clause_named(string jql, string named)
    {
        var error = Assert.Throws<FormatException>(() => JqlQuery.Parse(jql));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_an_issue_changes_its_key_and_project_but_not_its_id_and_the_old_key_still_resolves()
    {
        var data = FakeJiraData.Seed();
        var issue = data.GetIssue("PLAT-3")!;

        var moved = data.MoveIssue("PLAT-3", "MOB")!;

        Assert.Equal(issue.Id, moved.Id);
        Assert.Equal("MOB-13", moved.Key);
        Assert.Equal(data.Projects[1].Id, moved.ProjectId);
        Assert.Equal(moved, data.GetIssue("PLAT-3"));
        Assert.DoesNotContain(data.Search(JqlQuery.Parse("project = PLAT")), i => i.Id == issue.Id);
        Assert.Contains(data.Search(JqlQuery.Parse("project = MOB")), i => i.Id == issue.Id);
        Assert.Contains(moved.LastChange, c => c is { Field: "Key", FromString: "PLAT-3", ToText: "MOB-13" });
        Assert.Contains(moved.LastChange, c => c.Field == "project");
        Assert.True(moved.Updated > issue.Updated);
        Assert.Throws<ArgumentException>(() => data.MoveIssue(moved.Id, "MOB"));
    }

    [Fact]
    public void Transitions_set_the_status_and_the_resolution_date_and_assignment_can_be_cleared()
    {
        var data = FakeJiraData.Seed();
        var todo = data.Search(JqlQuery.Parse("project = PLAT")).First(i => i.StatusId == "10000" && i.AssigneeId is not null);

        var done = data.Transition(todo.Key, "41")!;
        var reopened = data.Transition(todo.Key, "21")!;
        var unassigned = data.EditIssue(todo.Key, assignee: new Assignment(null))!;

        Assert.Equal("10002", done.StatusId);
        Assert.NotNull(done.ResolutionDate);
        Assert.Contains(done.LastChange, c => c is { Field: "status", FromString: "To Do", ToText: "Done" });
        Assert.Null(reopened.ResolutionDate);
        Assert.Null(unassigned.AssigneeId);
        Assert.Throws<ArgumentException>(() => data.Transition(todo.Key, "99"));
        Assert.Throws<ArgumentException>(() => data.EditIssue(todo.Key, assignee: new Assignment("nobody")));
    }

    [Fact]
    public void Comments_move_the_issue_updated_time_and_webhooks_expire_unless_refreshed()
    {
        var data = FakeJiraData.Seed();
        var issue = data.GetIssue("MOB-1")!;
        var comment = data.AddComment(issue.Key, AdfNode.FromText("Hello"))!;
        var first = data.RegisterWebhook("https://example.test/a", "project = 10000", ["jira:issue_updated"]);
        var second = data.RegisterWebhook("https://example.test/b", "project = 10001", ["comment_created"]);

        data.AdvanceClock(TimeSpan.FromDays(29));
        var refreshed = data.RefreshWebhooks([first.Id]);
        data.AdvanceClock(TimeSpan.FromDays(2));

        Assert.True(data.GetIssue(issue.Id)!.Updated >= comment.Created);
        Assert.Equal(data.CurrentUser.AccountId, comment.AuthorId);
        Assert.Equal(first.Id, Assert.Single(data.Webhooks).Id);
        Assert.True(refreshed > first.Expiration);
        Assert.Null(data.RefreshWebhooks([second.Id]));
        Assert.Throws<ArgumentException>(() => data.RegisterWebhook("https://example.test/c", "project = 10000", ["issue_moved"]));
        Assert.Throws<FormatException>(() => data.RegisterWebhook("https://example.test/c", "labels = x", ["comment_created"]));
    }

    private static string Serialize(IEnumerable<JiraIssue> issues)
        => string.Join("\n", issues.Select(i => JsonSerializer.Serialize(i.Description, FakeJiraJson.Default.AdfNode) + i with { Description = null }));
}
