using Twister.Hosting.Execution;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.WriteBack;

public sealed class LinkWriteBackTests : JiraTestBase
{
    private static readonly string Done = FakeJiraData.Statuses.Single(s => s.CategoryKey == "done").Id;

    [Fact]
    public async Task A_status_set_in_plot_is_the_workflow_transition_to_it_in_jira()
    {
        await SyncProjectAsync();
        var issue = FirstIssue; // "To Do"
        var item = await ItemOfAsync(issue);

        var after = await Host.Plot.SetStatusAsync(item.Id, Done);

        var inJira = Jira.Data.GetIssue(issue.Id)!;
        Assert.Equal(Done, inJira.StatusId);
        Assert.Equal("status", Assert.Single(inJira.LastChange).Field); // the status only: the assignee was not written
        Assert.Equal(Done, after.LinkStatus);
        Assert.Equal(inJira.ResolutionDate, after.Done); // what Jira did besides is read back at once
    }

    [Fact]
    public async Task An_assignee_set_in_plot_is_the_contacts_atlassian_account_in_jira_and_nobody_unassigns()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        var grace = Jira.Data.Users[1];

        var assigned = await Host.Plot.SetAssigneeAsync(item.Id, $"src:atlassian:{grace.AccountId}");
        var assignedInJira = Jira.Data.GetIssue(issue.Id)!;
        var unassigned = await Host.Plot.SetAssigneeAsync(item.Id, null);
        var unassignedInJira = Jira.Data.GetIssue(issue.Id)!;

        Assert.Equal(grace.AccountId, assignedInJira.AssigneeId);
        Assert.Equal("assignee", Assert.Single(assignedInJira.LastChange).Field); // the assignee only: no transition
        Assert.Equal(issue.StatusId, assignedInJira.StatusId);
        Assert.Equal(grace.AccountId, assigned.Assignee?.Source?.AccountId);
        Assert.Null(unassignedInJira.AssigneeId);
        Assert.Null(unassigned.Assignee);
    }

    [Fact]
    public async Task Setting_the_status_jira_already_has_makes_no_transition()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        var done = Jira.Data.Transition(issue.Id, FakeJiraData.Statuses.Single(s => s.Id == Done).TransitionId)!; // in Jira, not yet delivered

        var after = await Host.Plot.SetStatusAsync(item.Id, Done);

        Assert.Equal(done.Updated, Jira.Data.GetIssue(issue.Id)!.Updated); // nothing was written
        Assert.Equal(done.ResolutionDate, after.Done);
    }

    [Fact]
    public async Task A_change_jira_cannot_make_fails_with_the_reason_and_plot_keeps_the_users_change()
    {
        await SyncProjectAsync();
        var issue = FirstIssue;
        var item = await ItemOfAsync(issue);
        Jira.Data.DeleteIssue(issue.Id);

        var error = await Assert.ThrowsAsync<ExecutionFailedException>(() => Host.Plot.SetStatusAsync(item.Id, Done));

        Assert.Contains($"Issue {issue.Key} no longer exists in Jira", error.Message, StringComparison.Ordinal);
        Assert.Equal(ExecutionKind.LinkUpdated, error.Record.Kind);
        Assert.Equal(Done, (await ItemOfAsync(issue)).LinkStatus);
    }
}
