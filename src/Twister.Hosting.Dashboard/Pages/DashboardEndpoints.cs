using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Twister.Hosting.Dashboard.Security;

namespace Twister.Hosting.Dashboard.Pages;

/// <summary>The dashboard's routes, mapped on its own server or into an app. Every one goes through <see cref="RequestGuard"/>.</summary>
internal static class DashboardEndpoints
{
    // No script may run (the pages have none), styles are inline, nothing is fetched from elsewhere, forms post here only.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Maps the pages and actions under <paramref name="prefix"/> (empty, or a path such as <c>/twister</c>).</summary>
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix);
        Page(group, prefix, "/", ItemsPage.RenderAsync);
        Page(group, prefix, "/items/{id}", ItemPage.RenderAsync);
        Page(group, prefix, "/contacts", ContactsPage.RenderAsync);
        Page(group, prefix, "/tasks", TasksPage.RenderAsync);
        Page(group, prefix, "/executions", ExecutionsPage.RenderAsync);
        Page(group, prefix, "/webhooks", WebhooksPage.RenderAsync);
        Action(group, prefix, "retry");
        Action(group, prefix, "cancel");
        return group;
    }

    private static void Page(RouteGroupBuilder group, string prefix, string pattern, Func<DashboardRequest, Task<string?>> render)
        => group.MapGet(pattern, new RequestDelegate(async context =>
        {
            if (await RefusedAsync(context, post: false).ConfigureAwait(false)) return;
            var page = await render(Request(context, prefix)).ConfigureAwait(false);
            if (page is null) await WriteAsync(context, StatusCodes.Status404NotFound, "Not found: no item has this id.", "text/plain").ConfigureAwait(false);
            else await WriteAsync(context, StatusCodes.Status200OK, page, "text/html").ConfigureAwait(false);
        })).WithDisplayName($"Twister dashboard {pattern}");

    private static void Action(RouteGroupBuilder group, string prefix, string action)
        => group.MapPost($"/tasks/{{id}}/{action}", new RequestDelegate(async context =>
        {
            if (await RefusedAsync(context, post: true).ConfigureAwait(false)) return;
            var (redirect, conflict) = await TaskActions.RunAsync(Request(context, prefix), action).ConfigureAwait(false);
            if (redirect is not null) context.Response.Redirect(redirect); // 302 after a POST: the browser GETs the tasks page
            else await WriteAsync(context, StatusCodes.Status409Conflict, conflict!, "text/plain").ConfigureAwait(false);
        })).WithDisplayName($"Twister dashboard {action}");

    private static DashboardRequest Request(HttpContext context, string prefix)
    {
        var services = context.RequestServices;
        return new DashboardRequest(context, services.GetRequiredService<TwisterHost>(), services.GetRequiredService<TwisterDashboard>(),
            services.GetRequiredService<IOptions<DashboardOptions>>().Value, context.Request.PathBase + prefix);
    }

    private static async Task<bool> RefusedAsync(HttpContext context, bool post)
    {
        var refusal = RequestGuard.RefusalOf(context);
        if (refusal is null && post) refusal = await RequestGuard.RefusalOfPostAsync(context, context.RequestServices.GetRequiredService<TwisterDashboard>()).ConfigureAwait(false);
        if (refusal is null) return false;
        await WriteAsync(context, StatusCodes.Status403Forbidden, refusal, "text/plain").ConfigureAwait(false);
        return true;
    }

    private static Task WriteAsync(HttpContext context, int status, string body, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin"; // "no-referrer" would make browsers send "Origin: null" with the forms
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
    }
}
