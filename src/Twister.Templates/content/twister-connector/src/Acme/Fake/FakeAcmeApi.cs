using Acme.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Acme.Fake;

/// <summary>
/// The fake Acme REST API as minimal-API endpoints over <see cref="FakeAcmeData"/>, with a bearer-token check.
/// Tests serve it in process through the test kit's <c>FakeService</c>; <c>Program.cs</c> on loopback
/// (<see cref="FakeAcmeServer"/>). Replace it with the real service's behaviour as you learn it.
/// </summary>
public static class FakeAcmeApi
{
    /// <summary>Maps the API's endpoints onto <paramref name="endpoints"/>.</summary>
    /// <param name="endpoints">A web application, or a test kit <c>FakeService</c>.</param>
    /// <param name="data">The service's state.</param>
    public static void MapFakeAcmeApi(this IEndpointRouteBuilder endpoints, FakeAcmeData data)
    {
        var api = endpoints.MapGroup("/v1").AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.Authorization == $"Bearer {FakeAcmeData.Token}" ? await next(context) : Results.Unauthorized());

        api.MapGet("/projects", () => Results.Json(new AcmeProjectList(data.Projects), AcmeJsonContext.Default.AcmeProjectList));
        api.MapGet("/projects/{projectId}/tickets", (string projectId, string? cursor, int? limit) =>
            Results.Json(data.Page(projectId, cursor, Math.Clamp(limit ?? 50, 1, 100)), AcmeJsonContext.Default.AcmeTicketPage));
        api.MapPatch("/tickets/{id}", async (string id, HttpRequest request) =>
        {
            var change = await request.ReadFromJsonAsync(AcmeJsonContext.Default.AcmeTicketChange);
            if (change is not { Status: "open" or "in_progress" or "done" }) return Results.BadRequest();
            return data.FindTicket(id) is null ? Results.NotFound() : Results.Json(data.EditTicket(id, status: change.Status), AcmeJsonContext.Default.AcmeTicket);
        });
        api.MapPost("/tickets/{id}/comments", async (string id, HttpRequest request) =>
            await request.ReadFromJsonAsync(AcmeJsonContext.Default.NewAcmeComment) is { } comment && data.AddComment(id, comment.Body) is { } added
                ? Results.Json(added, AcmeJsonContext.Default.AcmeComment, statusCode: StatusCodes.Status201Created)
                : Results.NotFound());
        api.MapPost("/webhooks", async (HttpRequest request) =>
            await request.ReadFromJsonAsync(AcmeJsonContext.Default.NewAcmeWebhook) is { } webhook
                ? Results.Json(new AcmeWebhook(data.AddWebhook(webhook)), AcmeJsonContext.Default.AcmeWebhook, statusCode: StatusCodes.Status201Created)
                : Results.BadRequest());
        api.MapDelete("/webhooks/{id}", (string id) => data.RemoveWebhook(id) ? Results.NoContent() : Results.NotFound());
    }
}
