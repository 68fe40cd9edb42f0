using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeJira.Api;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeJira;

/// <summary>
/// An embedded fake of Jira Cloud's REST API v3 (the subset the Jira connector uses) on 127.0.0.1,
/// over deterministic in-memory data. Requests go to <c>/ex/jira/{cloudId}/rest/api/3/...</c>, as through
/// Atlassian's OAuth gateway, and need <c>Authorization: Bearer {Token}</c>.
/// </summary>
/// <example><code>
/// await using var jira = new FakeJiraService(FakeJiraData.Seed(projects: 2, issuesPerProject: 50));
/// await jira.StartAsync();
/// options.MapOrigin("https://api.atlassian.com", jira.BaseAddress);
/// </code></example>
public sealed class FakeJiraService : LoopbackFakeService
{
    /// <summary>The bearer token accepted unless another is given.</summary>
    public const string DefaultToken = "fake-jira-token";

    private static readonly FakeJiraJson Json = FakeJiraJson.Default;

    /// <summary>Creates the service (not yet listening).</summary>
    /// <param name="data">The state it serves.</param>
    /// <param name="token">The bearer token it accepts.</param>
    public FakeJiraService(FakeJiraData data, string token = DefaultToken)
        : base(token)
    {
        Data = data;
    }

    /// <summary>The state served; edit it to play the site's users.</summary>
    public FakeJiraData Data { get; }

    /// <summary>The REST base of the site, <c>{BaseAddress}ex/jira/{cloudId}/rest/api/3/</c>.</summary>
    public Uri ApiAddress => new(BaseAddress, $"ex/jira/{Data.CloudId}/rest/api/3/");

    /// <summary>
    /// The JSON Jira delivers to a dynamic webhook for an issue event: <c>webhookEvent</c>, <c>timestamp</c>,
    /// <c>user</c>, the whole <c>issue</c> (its <c>fields.description</c> a plain string there, not ADF),
    /// the <c>changelog</c> of the issue's last edit, and <c>matchedWebhookIds</c>. For
    /// <c>jira:issue_deleted</c>, build it before deleting the issue.
    /// </summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="webhookEvent"><c>jira:issue_created</c>, <c>jira:issue_updated</c> or <c>jira:issue_deleted</c>.</param>
    /// <exception cref="KeyNotFoundException">No such issue.</exception>
    public string BuildIssueEvent(string issueIdOrKey, string webhookEvent = "jira:issue_updated")
    {
        if (!webhookEvent.StartsWith("jira:issue_", StringComparison.Ordinal)) throw new ArgumentException($"'{webhookEvent}' is not an issue event.", nameof(webhookEvent));
        var issue = Data.GetIssue(issueIdOrKey) ?? throw new KeyNotFoundException($"No issue {issueIdOrKey}.");
        var shapes = new JiraShapesMapper(Data);
        var changelog = webhookEvent == "jira:issue_updated" && issue.LastChange.Count > 0
            ? new ChangelogJson(issue.Updated.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. issue.LastChange.Select(c => new ChangelogItemJson(c.Field, "jira", c.From, c.FromString, c.To, c.ToText))])
            : null;
        var typeName = webhookEvent switch { "jira:issue_created" => "issue_created", "jira:issue_deleted" => "issue_deleted", _ => "issue_generic" };
        var payload = new IssueEventJson(JiraShapesMapper.EpochMilliseconds(Data.Now), webhookEvent, typeName, shapes.User(Data.CurrentUser),
            WebhookIssue(shapes, issue), changelog, Data.MatchingWebhookIds(issue, webhookEvent));
        return JsonSerializer.Serialize(payload, Json.IssueEventJson);
    }

    /// <summary>
    /// The JSON Jira delivers for a comment event: <c>comment</c> (its <c>body</c> a plain string) and a
    /// short <c>issue</c> (id, key, summary, status, project). For <c>comment_deleted</c>, build it before deleting.
    /// </summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="commentId">The comment.</param>
    /// <param name="webhookEvent"><c>comment_created</c>, <c>comment_updated</c> or <c>comment_deleted</c>.</param>
    /// <exception cref="KeyNotFoundException">No such issue or comment.</exception>
    public string BuildCommentEvent(string issueIdOrKey, string commentId, string webhookEvent = "comment_created")
    {
        if (!webhookEvent.StartsWith("comment_", StringComparison.Ordinal)) throw new ArgumentException($"'{webhookEvent}' is not a comment event.", nameof(webhookEvent));
        var issue = Data.GetIssue(issueIdOrKey) ?? throw new KeyNotFoundException($"No issue {issueIdOrKey}.");
        var comment = Data.GetComments(issue.Id).FirstOrDefault(c => c.Id == commentId) ?? throw new KeyNotFoundException($"No comment {commentId} on {issue.Key}.");
        var shapes = new JiraShapesMapper(Data);
        var full = shapes.Comment(comment, rendered: false);
        var node = shapes.IssueNode(issue, "summary,status,project,issuetype,assignee", expand: null);
        var payload = new CommentEventJson(JiraShapesMapper.EpochMilliseconds(Data.Now), webhookEvent,
            new CommentEventCommentJson(full.Self, full.Id, full.Author, comment.Body.ToPlainText(), full.UpdateAuthor, full.Created, full.Updated, full.JsdPublic, full.Properties),
            node, Data.MatchingWebhookIds(issue, webhookEvent));
        return JsonSerializer.Serialize(payload, Json.CommentEventJson);
    }

    /// <inheritdoc />
    protected override void MapRoutes(WebApplication app) => JiraEndpoints.Map(app, Data);

    /// <inheritdoc />
    protected override Task RejectUnauthenticatedAsync(HttpContext context)
        => Results.Json(new GatewayErrorJson(401, "Unauthorized; scope does not match"), Json.GatewayErrorJson, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);

    private static JsonObject WebhookIssue(JiraShapesMapper shapes, JiraIssue issue)
    {
        var node = shapes.IssueNode(issue, fields: null, expand: null);
        node["fields"]!["description"] = issue.Description?.ToPlainText();
        return node;
    }
}
