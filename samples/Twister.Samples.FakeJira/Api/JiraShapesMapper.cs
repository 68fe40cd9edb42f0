using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Api;

/// <summary>Turns the fake's state into Jira's JSON shapes (self links, avatar maps, date format, status categories).</summary>
internal sealed class JiraShapesMapper(FakeJiraData data)
{
    /// <summary>The site URL in <c>self</c> links.</summary>
    public const string SiteUrl = "https://fake-site.atlassian.net";

    private static readonly FakeJiraJson Json = FakeJiraJson.Default;

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000";

    public static long EpochMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public UserJson User(JiraUser user) => new(
        $"{SiteUrl}/rest/api/3/user?accountId={user.AccountId}", user.AccountId, "atlassian", user.EmailAddress,
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["48x48"] = $"https://avatar.example/{user.AccountId}/48.png",
            ["24x24"] = $"https://avatar.example/{user.AccountId}/24.png",
            ["16x16"] = $"https://avatar.example/{user.AccountId}/16.png",
            ["32x32"] = $"https://avatar.example/{user.AccountId}/32.png",
        },
        user.DisplayName, Active: true, "Etc/UTC");

    public static StatusJson Status(JiraStatus status)
    {
        var (id, colour, name) = status.CategoryKey switch
        {
            "new" => (2, "blue-gray", "To Do"),
            "indeterminate" => (4, "yellow", "In Progress"),
            _ => (3, "green", "Done"),
        };
        return new StatusJson($"{SiteUrl}/rest/api/3/status/{status.Id}", status.Id, status.Name,
            new StatusCategoryJson($"{SiteUrl}/rest/api/3/statuscategory/{id}", id, status.CategoryKey, colour, name));
    }

    public static ProjectJson Project(JiraProject project) => new(
        $"{SiteUrl}/rest/api/3/project/{project.Id}", project.Id, project.Key, project.Name, project.Description, "software",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["48x48"] = $"{SiteUrl}/rest/api/3/universal_avatar/view/type/project/avatar/{project.Id}" });

    public static IssueTypeJson IssueType(JiraIssueType type) => new($"{SiteUrl}/rest/api/3/issuetype/{type.Id}", type.Id, type.Name, type.Subtask, type.Subtask ? -1 : 0);

    public CommentJson Comment(JiraComment comment, bool rendered)
    {
        var author = User(data.GetUser(comment.AuthorId)!);
        return new CommentJson(
            $"{SiteUrl}/rest/api/3/issue/{comment.IssueId}/comment/{comment.Id}", comment.Id, author, comment.Body, author,
            Date(comment.Created), Date(comment.Updated), JsdPublic: true, rendered ? comment.Body.ToHtml() : null,
            comment.Properties.Count == 0 ? null : [.. comment.Properties.Select(Property)]);
    }

    public static EntityPropertyJson Property(JiraEntityProperty property) => new(property.Key, JsonNode.Parse(property.Value));

    public IssueJson Issue(JiraIssue issue, bool renderedFields)
    {
        var reporter = User(data.GetUser(issue.ReporterId)!);
        var comments = data.GetComments(issue.Id);
        var fields = new IssueFieldsJson(
            issue.Summary,
            Status(FakeJiraData.Statuses.First(s => s.Id == issue.StatusId)),
            issue.AssigneeId is null ? null : User(data.GetUser(issue.AssigneeId)!),
            reporter,
            reporter,
            Date(issue.Created),
            Date(issue.Updated),
            issue.Description,
            new CommentPageJson(0, comments.Count, comments.Count, [.. comments.Select(c => Comment(c, rendered: false))]),
            Project(data.GetProject(issue.ProjectId)!),
            IssueType(FakeJiraData.IssueTypes.First(t => t.Id == issue.IssueTypeId)),
            issue.ResolutionDate is { } resolved ? Date(resolved) : null,
            []);
        var rendered = renderedFields ? new RenderedFieldsJson(issue.Description?.ToHtml(), Date(issue.Created), Date(issue.Updated)) : null;
        return new IssueJson("renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations", issue.Id, $"{SiteUrl}/rest/api/3/issue/{issue.Id}", issue.Key, fields, rendered);
    }

    /// <summary>The issue as JSON with only the requested <c>fields</c> (comma-separated; <c>*all</c>, <c>*navigable</c> or none means all).</summary>
    public JsonObject IssueNode(JiraIssue issue, string? fields, string? expand)
    {
        var node = JsonSerializer.SerializeToNode(Issue(issue, Expands(expand, "renderedFields")), Json.IssueJson)!.AsObject();
        var wanted = (fields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Length == 0 || wanted.Any(f => f is "*all" or "*navigable")) return node;
        var fieldsNode = node["fields"]!.AsObject();
        foreach (var name in fieldsNode.Select(p => p.Key).ToList())
            if (!wanted.Contains(name, StringComparer.OrdinalIgnoreCase)) fieldsNode.Remove(name);
        return node;
    }

    public static bool Expands(string? expand, string what)
        => (expand ?? "").Split(',', StringSplitOptions.TrimEntries).Contains(what, StringComparer.OrdinalIgnoreCase);
}
