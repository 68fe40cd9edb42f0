using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Twister.Samples.FakeLinear.Data;
using Twister.Samples.FakeLinear.Model;

namespace Twister.Samples.FakeLinear.Api;

/// <summary>The REST API of docs/design/architecture.md over <see cref="FakeLinearData"/>.</summary>
internal static class FakeLinearEndpoints
{
    private static readonly FakeLinearJson Json = FakeLinearJson.Default;

    public static void Map(IEndpointRouteBuilder app, FakeLinearData data)
    {
        app.MapGet("/teams", () => Results.Json(new TeamList(data.Teams), Json.TeamList));
        app.MapGet("/teams/{teamId}/issues", (string teamId, string? after, string? first) =>
        {
            var size = 50;
            if (first is not null && !int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out size)) return Results.BadRequest();
            return data.Teams.Any(t => t.Id == teamId) ? Results.Json(WithComments(data, data.GetIssues(teamId, after, size)), Json.IssuePage) : Results.NotFound();
        });
        app.MapPost("/teams/{teamId}/issues", async (string teamId, HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync(Json.CreateIssueBody).ConfigureAwait(false);
            if (body?.Title is null) return Results.BadRequest();
            var issue = data.CreateIssue(teamId, body.Title, body.Description, body.Status);
            return issue is null ? Results.NotFound() : Results.Json(issue, Json.FakeIssue, statusCode: StatusCodes.Status201Created);
        });
        app.MapGet("/issues/{id}", (string id) => data.GetIssue(id) is { } issue ? Results.Json(data.WithComments(issue), Json.FakeIssue) : Results.NotFound());
        app.MapMethods("/issues/{id}", ["PATCH"], async (string id, HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync(Json.PatchIssueBody).ConfigureAwait(false);
            if (body is null) return Results.BadRequest();
            var html = body.DescriptionHtml ?? (body.Description is null ? null : $"<p>{System.Net.WebUtility.HtmlEncode(body.Description)}</p>");
            return data.EditIssue(id, body.Title, html, body.Status) is { } issue ? Results.Json(issue, Json.FakeIssue) : Results.NotFound();
        });
        app.MapGet("/issues/{id}/comments", (string id) =>
            data.GetIssue(id) is null ? Results.NotFound() : Results.Json(new CommentList(data.GetComments(id)), Json.CommentList));
        app.MapPost("/issues/{id}/comments", async (string id, HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync(Json.CommentBody).ConfigureAwait(false);
            if (body?.Body is null) return Results.BadRequest();
            return data.AddComment(id, body.Body) is { } comment ? Results.Json(comment, Json.FakeComment, statusCode: StatusCodes.Status201Created) : Results.NotFound();
        });
        app.MapMethods("/comments/{id}", ["PATCH"], async (string id, HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync(Json.CommentBody).ConfigureAwait(false);
            if (body?.Body is null) return Results.BadRequest();
            return data.EditComment(id, body.Body) is { } comment ? Results.Json(comment, Json.FakeComment) : Results.NotFound();
        });
        app.MapPost("/webhooks", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync(Json.CreateWebhookBody).ConfigureAwait(false);
            if (body?.Url is null || body.TeamId is null) return Results.BadRequest();
            return Results.Json(new WebhookCreated(data.AddWebhook(body.Url, body.TeamId).Id), Json.WebhookCreated, statusCode: StatusCodes.Status201Created);
        });
        app.MapDelete("/webhooks/{id}", (string id) => data.RemoveWebhook(id) ? Results.NoContent() : Results.NotFound());
    }

    private static IssuePage WithComments(FakeLinearData data, IssuePage page) => page with { Nodes = [.. page.Nodes.Select(data.WithComments)] };
}
