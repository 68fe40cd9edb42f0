using Microsoft.Extensions.DependencyInjection;
using Twister.Hosting.Configuration;
using Twister.Samples.FakeLinear;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.Linear.Sync;

namespace Twister.Samples.Linear.Demo.Linear;

/// <summary>
/// The seed's issue connector against the fake Linear-like service: 2 teams of 250 issues with HTML
/// descriptions; then an issue edited in the service arrives by webhook, and a Plot note goes back as a comment.
/// </summary>
public sealed class LinearDemo : IConnectorDemo
{
    /// <summary>The connector's name.</summary>
    public const string ConnectorName = "linear";

    /// <summary>What the demo shows, for <c>--help</c>.</summary>
    public const string Summary = "2 teams x 250 issues with HTML descriptions; an edit delivered by webhook, a Plot note written back as a comment.";

    /// <summary>Teams in the fake service.</summary>
    public const int Teams = 2;

    /// <summary>Issues per team in the fake service.</summary>
    public const int IssuesPerTeam = 250;

    /// <summary>The title the demo gives the edited issue.</summary>
    public const string EditedTitle = "Edited in Linear: the webhook carried this title";

    /// <summary>The Plot note the demo writes back as a comment.</summary>
    public const string NoteText = "Written in Plot, sent back to Linear as a comment.";

    private readonly FakeLinearService _linear = new(FakeLinearData.Seed(Teams, IssuesPerTeam));

    /// <inheritdoc/>
    public string Name => ConnectorName;

    /// <inheritdoc/>
    public string BatchCallbackKey => nameof(IssueConnector.Callbacks.SyncBatch);

    /// <inheritdoc/>
    public int ExpectedItems => Teams * IssuesPerTeam;

    /// <inheritdoc/>
    public async Task<string> StartServiceAsync(CancellationToken cancellationToken)
    {
        await _linear.StartAsync(cancellationToken);
        return $"Fake Linear-like service on {_linear.BaseAddress} ({_linear.Data.Teams.Count} teams, {_linear.Data.IssueCount} issues)";
    }

    /// <inheritdoc/>
    public void Configure(TwisterOptions options) => options.MapOrigin("https://api.linear.app", _linear.BaseAddress);

    /// <inheritdoc/>
    public void AddConnector(TwisterBuilder twister) => twister.AddConnector<IssueConnector>(c => c.DevelopmentToken = _linear.Token);

    /// <inheritdoc/>
    /// <remarks>
    /// The fake service starts from the same seed every run and hands out the same comment id, so the
    /// write-back note of a second run replaces the first run's keyed note instead of adding one.
    /// </remarks>
    public async Task ShowChangesAsync(DemoRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var team = run.Channels[0].Id;
        var issue = _linear.Data.GetIssues(team, after: null, first: 1).Nodes[0];
        _linear.Data.EditIssue(issue.Id, title: EditedTitle, descriptionHtml: "<p>The description was <strong>edited</strong> in Linear.</p>");
        await run.DeliverAsync(team, _linear.BuildWebhookPayload(issue.Id), cancellationToken);
        var activity = await run.Host.Plot.FindActivityAsync(IssueActivity.SourceOf(issue.Id), cancellationToken)
                       ?? throw new InvalidOperationException($"The issue {issue.Id} did not reach Plot.");
        run.Reporter.Step($"Edited {issue.Identifier} in the fake service; its webhook updated the activity: \"{activity.Title}\"");

        var note = await run.Host.Plot.AddNoteAsync(activity.Id, NoteText, cancellationToken: cancellationToken);
        var comment = _linear.Data.GetComments(issue.Id).LastOrDefault()
                      ?? throw new InvalidOperationException("The Plot note was not written back as a comment.");
        run.Reporter.Step($"Added a Plot note on it; the fake service received comment {comment.Id}: \"{comment.Body}\" (note key {note.Key})");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _linear.DisposeAsync();
}
