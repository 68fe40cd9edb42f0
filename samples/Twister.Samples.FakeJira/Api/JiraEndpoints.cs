using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Twister.Samples.FakeJira.Data;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Api;

/// <summary>
/// The Jira Cloud REST API v3 subset the Jira connector calls, under the OAuth gateway's
/// <c>/ex/jira/{cloudId}/rest/api/3</c>, plus <c>/oauth/token/accessible-resources</c>.
/// </summary>
internal static class JiraEndpoints
{
    private const int MaxPage = 100;
    private static readonly FakeJiraJson Json = FakeJiraJson.Default;

    public static void Map(IEndpointRouteBuilder app, FakeJiraData data)
    {
        var shapes = new JiraShapesMapper(data);
        app.MapGet("/oauth/token/accessible-resources", () => Results.Json(
            [new AccessibleResourceJson(data.CloudId, JiraShapesMapper.SiteUrl, "fake-site", ["read:jira-work", "write:jira-work", "read:jira-user", "manage:jira-webhook"], $"{JiraShapesMapper.SiteUrl}/avatar.png")],
            Json.IReadOnlyListAccessibleResourceJson));

        var api = app.MapGroup("/ex/jira/{cloudId}/rest/api/3");
        api.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.RouteValues["cloudId"] as string == data.CloudId
                ? await next(context).ConfigureAwait(false)
                : JiraErrors.Messages(StatusCodes.Status404NotFound, "Site not found for this cloud id."));

        api.MapGet("/myself", () => Results.Json(shapes.User(data.CurrentUser), Json.UserJson));
        MapProjects(api, data);
        MapSearch(api, data, shapes);
        MapIssues(api, data, shapes);
        MapComments(api, data, shapes);
        MapWebhooks(api, data);
        api.MapGet("/user/search", (string? query) => Results.Json(
            [.. data.Users.Where(u => query is null || u.DisplayName.Contains(query, StringComparison.OrdinalIgnoreCase) || string.Equals(u.EmailAddress, query, StringComparison.OrdinalIgnoreCase)).Select(shapes.User)],
            Json.IReadOnlyListUserJson));
    }

    private static void MapProjects(RouteGroupBuilder api, FakeJiraData data)
    {
        api.MapGet("/project/search", (string? startAt, string? maxResults) =>
        {
            if (JiraRequest.Int(startAt, 0) is not { } start || JiraRequest.Int(maxResults, 50) is not { } max) return JiraErrors.BadRequest("startAt and maxResults must be non-negative integers.");
            var projects = data.Projects;
            var page = projects.Skip(start).Take(Math.Min(max, MaxPage)).Select(JiraShapesMapper.Project).ToList();
            return Results.Json(new ProjectPageJson($"{JiraShapesMapper.SiteUrl}/rest/api/3/project/search", max, start, projects.Count, start + page.Count >= projects.Count, page), Json.ProjectPageJson);
        });
        api.MapGet("/project/{idOrKey}", (string idOrKey) =>
            data.GetProject(idOrKey) is { } project ? Results.Json(JiraShapesMapper.Project(project), Json.ProjectJson) : JiraErrors.ProjectNotFound(idOrKey));
        api.MapGet("/project/{idOrKey}/statuses", (string idOrKey) => data.GetProject(idOrKey) is null
            ? JiraErrors.ProjectNotFound(idOrKey)
            : Results.Json(
                [.. FakeJiraData.IssueTypes.Select(t => new IssueTypeStatusesJson(JiraShapesMapper.IssueType(t).Self, t.Id, t.Name, t.Subtask, [.. FakeJiraData.Statuses.Select(JiraShapesMapper.Status)]))],
                Json.IReadOnlyListIssueTypeStatusesJson));
        api.MapGet("/issue/createmeta/{projectIdOrKey}/issuetypes", (string projectIdOrKey) => data.GetProject(projectIdOrKey) is null
            ? JiraErrors.ProjectNotFound(projectIdOrKey)
            : Results.Json(new IssueTypePageJson(50, 0, FakeJiraData.IssueTypes.Count, [.. FakeJiraData.IssueTypes.Select(JiraShapesMapper.IssueType)]), Json.IssueTypePageJson));
    }

    private static void MapSearch(RouteGroupBuilder api, FakeJiraData data, JiraShapesMapper shapes)
    {
        // GET/POST /search: offset paging with a total (what jira.js searchForIssuesUsingJql calls).
        api.MapGet("/search", (string? jql, string? startAt, string? maxResults, string? fields, string? expand) => OffsetSearch(data, shapes, jql, startAt, maxResults, fields, expand));
        api.MapPost("/search", async (HttpRequest request) =>
        {
            var body = await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false);
            return body is null ? JiraErrors.BadRequest("The request body is not a JSON object.")
                : OffsetSearch(data, shapes, JiraRequest.String(body["jql"]), body["startAt"]?.ToString(), body["maxResults"]?.ToString(), Join(body["fields"]), Join(body["expand"]));
        });

        // GET/POST /search/jql: the newer token paging, no total.
        api.MapGet("/search/jql", (string? jql, string? nextPageToken, string? maxResults, string? fields, string? expand) => TokenSearch(data, shapes, jql, nextPageToken, maxResults, fields, expand));
        api.MapPost("/search/jql", async (HttpRequest request) =>
        {
            var body = await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false);
            return body is null ? JiraErrors.BadRequest("The request body is not a JSON object.")
                : TokenSearch(data, shapes, JiraRequest.String(body["jql"]), JiraRequest.String(body["nextPageToken"]), body["maxResults"]?.ToString(), Join(body["fields"]), Join(body["expand"]));
        });
    }

    private static IResult OffsetSearch(FakeJiraData data, JiraShapesMapper shapes, string? jql, string? startAt, string? maxResults, string? fields, string? expand)
    {
        if (JiraRequest.Int(startAt, 0) is not { } start || JiraRequest.Int(maxResults, 50) is not { } max) return JiraErrors.BadRequest("startAt and maxResults must be non-negative integers.");
        if (!TryQuery(data, jql, out var issues, out var error)) return error;
        max = Math.Min(max, MaxPage);
        var page = issues.Skip(start).Take(max).Select(i => (JsonNode)shapes.IssueNode(i, fields, expand)).ToList();
        return Results.Json(new SearchResultsJson("schema,names", start, max, issues.Count, page), Json.SearchResultsJson);
    }

    private static IResult TokenSearch(FakeJiraData data, JiraShapesMapper shapes, string? jql, string? nextPageToken, string? maxResults, string? fields, string? expand)
    {
        if (JiraRequest.Int(maxResults, 50) is not { } max) return JiraErrors.BadRequest("maxResults must be a non-negative integer.");
        if (!TryQuery(data, jql, out var issues, out var error)) return error;
        var start = 0;
        if (nextPageToken is not null && !TryReadPageToken(nextPageToken, jql!, out start)) return JiraErrors.BadRequest("The nextPageToken is invalid or belongs to another query.");
        var page = issues.Skip(start).Take(Math.Min(max, MaxPage)).Select(i => (JsonNode)shapes.IssueNode(i, fields, expand)).ToList();
        var next = start + page.Count;
        return Results.Json(new EnhancedSearchResultsJson(page, next < issues.Count ? PageToken(next, jql!) : null, next >= issues.Count), Json.EnhancedSearchResultsJson);
    }

    private static bool TryQuery(FakeJiraData data, string? jql, out IReadOnlyList<JiraIssue> issues, out IResult error)
    {
        issues = [];
        error = Results.Empty;
        if (string.IsNullOrWhiteSpace(jql))
        {
            error = JiraErrors.BadRequest("The fake Jira needs a JQL query (unbounded searches are refused, as Jira Cloud's /search/jql does).");
            return false;
        }
        try
        {
            issues = data.Search(JqlQuery.Parse(jql));
            return true;
        }
        catch (FormatException e)
        {
            error = JiraErrors.BadRequest(e.Message);
            return false;
        }
    }

    private static string PageToken(int offset, string jql) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{offset}|{jql}"));

    private static bool TryReadPageToken(string token, string jql, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && text[(bar + 1)..] == jql && int.TryParse(text[..bar], System.Globalization.CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void MapIssues(RouteGroupBuilder api, FakeJiraData data, JiraShapesMapper shapes)
    {
        api.MapPost("/issue", async (HttpRequest request) =>
        {
            var fields = (await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["fields"] as JsonObject;
            if (fields is null) return JiraErrors.BadRequest("The request needs a 'fields' object.");
            if (JiraRequest.String(fields["summary"]) is not { Length: > 0 } summary) return JiraErrors.Field("summary", "You must specify a summary of the issue.");
            var projectRef = JiraRequest.String(fields["project"]?["id"]) ?? JiraRequest.String(fields["project"]?["key"]);
            if (projectRef is null || data.GetProject(projectRef) is null) return JiraErrors.Field("project", "Specify a valid project ID or key");
            var typeRef = JiraRequest.String(fields["issuetype"]?["id"]) ?? JiraRequest.String(fields["issuetype"]?["name"]);
            var type = FakeJiraData.IssueTypes.FirstOrDefault(t => t.Id == typeRef || t.Name.Equals(typeRef, StringComparison.OrdinalIgnoreCase));
            if (type is null) return JiraErrors.Field("issuetype", "Specify an issue type");
            AdfNode? description = null;
            if (fields["description"] is { } descriptionNode && (description = JiraRequest.Adf(descriptionNode)) is null) return JiraErrors.Field("description", "Operation value must be an Atlassian Document.");
            var issue = data.CreateIssue(projectRef, type.Id, summary, description)!;
            return Results.Json(new CreatedIssueJson(issue.Id, issue.Key, $"{JiraShapesMapper.SiteUrl}/rest/api/3/issue/{issue.Id}"), Json.CreatedIssueJson, statusCode: StatusCodes.Status201Created);
        });
        api.MapGet("/issue/{idOrKey}", (string idOrKey, string? fields, string? expand) =>
            data.GetIssue(idOrKey) is { } issue ? Results.Json<JsonNode>(shapes.IssueNode(issue, fields, expand), Json.JsonNode) : JiraErrors.IssueNotFound());
        api.MapPut("/issue/{idOrKey}", async (string idOrKey, HttpRequest request) =>
        {
            if (data.GetIssue(idOrKey) is null) return JiraErrors.IssueNotFound();
            var fields = (await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["fields"] as JsonObject;
            if (fields is null) return JiraErrors.BadRequest("The request needs a 'fields' object.");
            var summary = JiraRequest.String(fields["summary"]);
            if (fields.ContainsKey("summary") && string.IsNullOrEmpty(summary)) return JiraErrors.Field("summary", "You must specify a summary of the issue.");
            AdfNode? description = null;
            if (fields.ContainsKey("description"))
            {
                description = fields["description"] is null ? AdfNode.Doc() : JiraRequest.Adf(fields["description"]);
                if (description is null) return JiraErrors.Field("description", "Operation value must be an Atlassian Document.");
            }
            Assignment? assignment = null;
            if (fields.ContainsKey("assignee"))
            {
                var accountId = JiraRequest.String(fields["assignee"]?["accountId"]) ?? JiraRequest.String(fields["assignee"]?["id"]);
                if (fields["assignee"] is not null && (accountId is null || data.GetUser(accountId) is null)) return JiraErrors.Field("assignee", $"User '{accountId}' cannot be assigned issues.");
                assignment = new Assignment(accountId);
            }
            data.EditIssue(idOrKey, summary, description, assignment);
            return Results.NoContent();
        });
        api.MapDelete("/issue/{idOrKey}", (string idOrKey) => data.DeleteIssue(idOrKey) ? Results.NoContent() : JiraErrors.IssueNotFound());
        api.MapPut("/issue/{idOrKey}/assignee", async (string idOrKey, HttpRequest request) =>
        {
            if (data.GetIssue(idOrKey) is null) return JiraErrors.IssueNotFound();
            var body = await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false);
            if (body is null || !body.ContainsKey("accountId")) return JiraErrors.BadRequest("The request needs 'accountId' (null unassigns).");
            var accountId = JiraRequest.String(body["accountId"]);
            if (accountId is not null && data.GetUser(accountId) is null) return JiraErrors.Field("assignee", $"User '{accountId}' cannot be assigned issues.");
            data.EditIssue(idOrKey, assignee: new Assignment(accountId));
            return Results.NoContent();
        });
        api.MapGet("/issue/{idOrKey}/transitions", (string idOrKey) => data.GetIssue(idOrKey) is not { } issue
            ? JiraErrors.IssueNotFound()
            : Results.Json(new TransitionsJson("transitions", [.. FakeJiraData.Statuses.Where(s => s.Id != issue.StatusId)
                .Select(s => new TransitionJson(s.TransitionId, s.Name, JiraShapesMapper.Status(s), HasScreen: false, IsGlobal: true, IsInitial: false, IsAvailable: true, IsConditional: false))]), Json.TransitionsJson));
        api.MapPost("/issue/{idOrKey}/transitions", async (string idOrKey, HttpRequest request) =>
        {
            if (data.GetIssue(idOrKey) is not { } issue) return JiraErrors.IssueNotFound();
            var id = JiraRequest.String((await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["transition"]?["id"]);
            var status = FakeJiraData.Statuses.FirstOrDefault(s => s.TransitionId == id && s.Id != issue.StatusId);
            if (status is null) return JiraErrors.BadRequest($"Transition id '{id}' is not valid for this issue.");
            data.Transition(idOrKey, status.TransitionId);
            return Results.NoContent();
        });
    }

    private static void MapComments(RouteGroupBuilder api, FakeJiraData data, JiraShapesMapper shapes)
    {
        api.MapGet("/issue/{idOrKey}/comment", (string idOrKey, string? startAt, string? maxResults, string? expand) =>
        {
            if (data.GetIssue(idOrKey) is not { } issue) return JiraErrors.IssueNotFound();
            if (JiraRequest.Int(startAt, 0) is not { } start || JiraRequest.Int(maxResults, 5000) is not { } max) return JiraErrors.BadRequest("startAt and maxResults must be non-negative integers.");
            var comments = data.GetComments(issue.Id);
            var rendered = JiraShapesMapper.Expands(expand, "renderedBody");
            return Results.Json(new CommentPageJson(start, max, comments.Count, [.. comments.Skip(start).Take(max).Select(c => shapes.Comment(c, rendered))]), Json.CommentPageJson);
        });
        api.MapGet("/issue/{idOrKey}/comment/{id}", (string idOrKey, string id, string? expand) =>
            data.GetIssue(idOrKey) is { } issue && data.GetComments(issue.Id).FirstOrDefault(c => c.Id == id) is { } comment
                ? Results.Json(shapes.Comment(comment, JiraShapesMapper.Expands(expand, "renderedBody")), Json.CommentJson)
                : JiraErrors.IssueNotFound());
        api.MapPost("/issue/{idOrKey}/comment", async (string idOrKey, string? expand, HttpRequest request) =>
        {
            if (data.GetIssue(idOrKey) is null) return JiraErrors.IssueNotFound();
            var body = await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false);
            if (JiraRequest.Adf(body?["body"]) is not { } adf) return JiraErrors.Field("comment", "Comment body is not valid: the v3 API takes an Atlassian Document.");
            var properties = (body!["properties"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(p => new JiraEntityProperty(JiraRequest.String(p["key"]) ?? "", p["value"]?.ToJsonString() ?? "null")).ToList();
            var comment = data.AddComment(idOrKey, adf, properties: properties)!;
            return Results.Json(shapes.Comment(comment, JiraShapesMapper.Expands(expand, "renderedBody")), Json.CommentJson, statusCode: StatusCodes.Status201Created);
        });
        api.MapPut("/issue/{idOrKey}/comment/{id}", async (string idOrKey, string id, string? expand, HttpRequest request) =>
        {
            if (JiraRequest.Adf((await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["body"]) is not { } adf)
                return JiraErrors.Field("comment", "Comment body is not valid: the v3 API takes an Atlassian Document.");
            return data.UpdateComment(idOrKey, id, adf) is { } comment
                ? Results.Json(shapes.Comment(comment, JiraShapesMapper.Expands(expand, "renderedBody")), Json.CommentJson)
                : JiraErrors.IssueNotFound();
        });
        api.MapDelete("/issue/{idOrKey}/comment/{id}", (string idOrKey, string id) => data.DeleteComment(idOrKey, id) ? Results.NoContent() : JiraErrors.IssueNotFound());
    }

    private static void MapWebhooks(RouteGroupBuilder api, FakeJiraData data)
    {
        api.MapGet("/webhook", (string? startAt, string? maxResults) =>
        {
            if (JiraRequest.Int(startAt, 0) is not { } start || JiraRequest.Int(maxResults, 100) is not { } max) return JiraErrors.BadRequest("startAt and maxResults must be non-negative integers.");
            var webhooks = data.Webhooks;
            var page = webhooks.Skip(start).Take(max).Select(w => new WebhookJson(w.Id, w.JqlFilter, w.Events, JiraShapesMapper.EpochMilliseconds(w.Expiration))).ToList();
            return Results.Json(new WebhookPageJson(max, start, webhooks.Count, start + page.Count >= webhooks.Count, page), Json.WebhookPageJson);
        });
        api.MapPost("/webhook", async (HttpRequest request) =>
        {
            var body = await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false);
            if (JiraRequest.String(body?["url"]) is not { Length: > 0 } url || body!["webhooks"] is not JsonArray webhooks)
                return JiraErrors.BadRequest("The request needs 'url' and a 'webhooks' array.");
            var results = new List<WebhookRegistrationJson>();
            foreach (var webhook in webhooks)
            {
                try
                {
                    var events = (webhook?["events"] as JsonArray ?? []).Select(JiraRequest.String).OfType<string>().ToList();
                    results.Add(new WebhookRegistrationJson(data.RegisterWebhook(url, JiraRequest.String(webhook?["jqlFilter"]) ?? "", events).Id, null));
                }
                catch (Exception e) when (e is ArgumentException or FormatException)
                {
                    results.Add(new WebhookRegistrationJson(null, [e.Message]));
                }
            }
            return Results.Json(new WebhookRegistrationsJson(results), Json.WebhookRegistrationsJson);
        });
        api.MapPut("/webhook/refresh", async (HttpRequest request) =>
        {
            var ids = JiraRequest.Ints((await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["webhookIds"]);
            if (ids is null) return JiraErrors.BadRequest("The request needs a 'webhookIds' array of integers.");
            return data.RefreshWebhooks(ids) is { } expiration
                ? Results.Json(new WebhookExpirationJson(JiraShapesMapper.EpochMilliseconds(expiration)), Json.WebhookExpirationJson)
                : JiraErrors.BadRequest($"Webhooks {string.Join(", ", ids)} do not all exist or have expired; register them again.");
        });
        api.MapDelete("/webhook", async (HttpRequest request) =>
        {
            var ids = JiraRequest.Ints((await JiraRequest.ReadObjectAsync(request).ConfigureAwait(false))?["webhookIds"]);
            if (ids is null) return JiraErrors.BadRequest("The request needs a 'webhookIds' array of integers.");
            data.DeleteWebhooks(ids);
            return Results.Accepted();
        });
    }

    private static string? Join(JsonNode? node) => node switch
    {
        JsonArray array => string.Join(',', array.Select(JiraRequest.String).OfType<string>()),
        JsonValue => JiraRequest.String(node),
        _ => null,
    };
}
