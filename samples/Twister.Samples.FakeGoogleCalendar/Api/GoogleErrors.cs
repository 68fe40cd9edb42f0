using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeGoogleCalendar.Model;

namespace Twister.Samples.FakeGoogleCalendar.Api;

/// <summary>Google's error answers: <c>{"error":{"code","message","errors":[{"domain","reason","message"}]}}</c>.</summary>
internal static class GoogleErrors
{
    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "global", "notFound", "Not Found");

    public static IResult Invalid(string message) => Error(StatusCodes.Status400BadRequest, "global", "invalid", message);

    public static IResult Gone(string reason, string message) => Error(StatusCodes.Status410Gone, "global", reason, message);

    public static IResult Forbidden(string reason, string message) => Error(StatusCodes.Status403Forbidden, "calendar", reason, message);

    public static IResult Unauthenticated() => Results.Json(
        new GoogleErrorEnvelopeJson(new GoogleErrorJson(401, "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
            [new GoogleErrorItemJson("global", "required", "Login Required.", "header", "Authorization")], "UNAUTHENTICATED")),
        FakeCalendarJson.Default.GoogleErrorEnvelopeJson, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult Error(int code, string domain, string reason, string message) => Results.Json(
        new GoogleErrorEnvelopeJson(new GoogleErrorJson(code, message, [new GoogleErrorItemJson(domain, reason, message, null, null)], null)),
        FakeCalendarJson.Default.GoogleErrorEnvelopeJson, statusCode: code);
}
