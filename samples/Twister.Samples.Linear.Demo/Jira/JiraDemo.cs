using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Configuration;
using Twister.Hosting.Plot;
using Twister.Samples.FakeJira;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.Jira;
using Twister.Samples.Jira.Sync;

namespace Twister.Samples.Linear.Demo.Jira;

/// <summary>
/// The Jira connector against the fake Jira site: 2 projects of 250 issues (rich descriptions, comments by
/// several people); then an edit arrives by webhook, an issue moves to the other project and keeps its one
/// item, an edit whose webhook was lost arrives by the incremental sync, and a status and a note go back to Jira.
/// </summary>
public sealed class JiraDemo : IConnectorDemo
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = JiraConnector.Name;

    /// <summary>What the demo shows, for <c>--help</c>.</summary>
    public const string Summary = "2 projects x 250 issues with rich descriptions and comments; an edit by webhook, an issue moved between projects, "
                                  + "a lost webhook caught up by the incremental sync, a status and a note written back.";

    /// <summary>Projects on the fake site.</summary>
    public const int Projects = 2;

    /// <summary>Issues per project.</summary>
    public const int IssuesPerProject = 250;

    /// <summary>The summary the demo gives the issue whose edit arrives by webhook.</summary>
    public const string EditedSummary = "Edited in Jira: the webhook brought this summary";

    /// <summary>The summary the demo gives the issue whose webhook is lost.</summary>
    public const string QuietSummary = "Edited in Jira: the incremental sync brought this one";

    /// <summary>The Plot note the demo writes back as a comment.</summary>
    public const string NoteText = "Written in Plot, sent back to Jira as a comment.";

    private readonly FakeJiraService _jira = new(FakeJiraData.Seed(Projects, IssuesPerProject));

    /// <inheritdoc/>
    public string Name => ConnectorName;

    /// <inheritdoc/>
    public string BatchCallbackKey => nameof(JiraConnector.Callbacks.SyncBatch);

    /// <inheritdoc/>
    public int ExpectedItems => Projects * IssuesPerProject;

    /// <inheritdoc/>
    public async Task<string> StartServiceAsync(CancellationToken cancellationToken)
    {
        await _jira.StartAsync(cancellationToken);
        return $"Fake Jira site on {_jira.BaseAddress} ({_jira.Data.Projects.Count} projects, {_jira.Data.IssueCount} issues)";
    }

    /// <inheritdoc/>
    public void Configure(TwisterOptions options) => options.MapOrigin("https://api.atlassian.com", _jira.BaseAddress);

    /// <inheritdoc/>
    public void AddConnector(TwisterBuilder twister) => twister.AddConnector<JiraConnector>(c => c.DevelopmentToken = _jira.Token);

    /// <inheritdoc/>
    /// <remarks>
    /// The webhook URLs are local, so the connector registers none with Jira: the demo plays Jira's part and
    /// posts the deliveries itself. Each run starts the fake site from the same seed and does the same edits,
    /// so a second run gives the same items, notes and comment id.
    /// </remarks>
    public async Task ShowChangesAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (first, second) = (run.Channels[0].Id, run.Channels[1].Id);
        var issues = _jira.Data.Search(JqlQuery.Parse($"project = {first} ORDER BY created ASC"));
        var (edited, moved, quiet) = (issues[0], issues[1], issues[2]);

        _jira.Data.EditIssue(edited.Id, summary: EditedSummary, description: AdfNode.Doc(AdfNode.Paragraph(AdfNode.Span("The description was "), AdfNode.Span("edited", "strong"), AdfNode.Span(" in Jira."))));
        await run.DeliverAsync(first, _jira.BuildIssueEvent(edited.Id), cancellationToken);
        var item = await ItemAsync(run, edited, cancellationToken);
        run.Reporter.Step($"Edited {edited.Key} in Jira; its webhook brought the issue as Jira has it: \"{item.Title}\"");

        var target = _jira.Data.GetProject(second)!;
        var movedNow = _jira.Data.MoveIssue(moved.Id, target.Key)!;
        await run.DeliverAsync(second, _jira.BuildIssueEvent(movedNow.Id), cancellationToken);
        var movedItem = await ItemAsync(run, moved, cancellationToken);
        run.Reporter.Step($"Moved {moved.Key} to project {target.Key}: still one item (its source is the issue id), now \"{movedItem.Title}\"");

        _jira.Data.EditIssue(quiet.Id, summary: QuietSummary);
        var passes = await run.AdvanceAsync(JiraConnector.CatchUpDelay, cancellationToken);
        var quietItem = await ItemAsync(run, quiet, cancellationToken);
        run.Reporter.Step($"Edited {quiet.Key} with no webhook (a lost delivery); the host's clock moved {JiraConnector.CatchUpDelay.TotalMinutes:0} minute on and the incremental sync ({passes} passes) brought it: \"{quietItem.Title}\"");

        var done = _jira.Data.Workflow.First(s => s.CategoryKey == "done");
        await run.Host.Plot.SetStatusAsync(item.Id, done.Id, cancellationToken);
        var status = _jira.Data.Workflow.Single(s => s.Id == _jira.Data.GetIssue(edited.Id)!.StatusId);
        run.Reporter.Step($"Set {edited.Key} to \"{done.Name}\" in Plot; Jira took the transition to \"{status.Name}\"");

        var note = await run.Host.Plot.AddNoteAsync(item.Id, NoteText, cancellationToken: cancellationToken);
        var comment = _jira.Data.GetComments(edited.Id).LastOrDefault()
                      ?? throw new InvalidOperationException("The Plot note was not written back as a comment.");
        run.Reporter.Step($"Added a Plot note on it; Jira received comment {comment.Id}: \"{comment.Body.ToPlainText()}\" (note key {note.Key})");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _jira.DisposeAsync();

    private async Task<PlotActivity> ItemAsync(DemoRun run, JiraIssue issue, CancellationToken cancellationToken)
        => await run.Host.Plot.FindActivityAsync(IssueItem.SourceOf(_jira.Data.CloudId, issue.Id), cancellationToken)
           ?? throw new InvalidOperationException($"The issue {issue.Key} did not reach Plot.");
}
