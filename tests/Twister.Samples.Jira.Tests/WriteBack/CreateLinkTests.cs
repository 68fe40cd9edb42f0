using Twister.Samples.FakeJira.Data;
using Twister.Samples.Jira.Tests.Infrastructure;
using Twister.Testing;

namespace Twister.Samples.Jira.Tests.WriteBack;

public sealed class CreateLinkTests : JiraTestBase
{
    [Fact]
    public async Task Creating_a_link_creates_a_task_in_jira_in_the_chosen_status_and_returns_it_as_the_item()
    {
        await SyncProjectAsync();
        var inProgress = FakeJiraData.Statuses.Single(s => s.Name == "In Progress").Id;

        var link = await Host.Connector.CreateLinkAsync(new CreateLinkDraft(Project.Id, "issue", inProgress, "Broken export", "The CSV is empty.", []));

        var created = Jira.Data.Search(JqlQuery.Parse($"project = {Project.Id} ORDER BY created DESC"))[0];
        Assert.Equal("Broken export", created.Summary);
        Assert.Equal("10001", created.IssueTypeId); // Task
        Assert.Equal(inProgress, created.StatusId);
        Assert.NotNull(link);
        Assert.Equal(SourceOf(created), link.Source);
        Assert.Equal((inProgress, $"{created.Key}: Broken export"), (link.LinkStatus, link.Title));
        Assert.Equal(created.Key, link.Meta["issueKey"]);
        Assert.Equal("The CSV is empty.", (await Host.AssertNoteAsync(link.Source!, "description")).Content);
        await Host.AssertActivityCountAsync(IssuesPerProject + 1);
    }
}
