using Microsoft.AspNetCore.Http;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Api;

/// <summary>Jira's error answers: <c>{"errorMessages":[...],"errors":{...}}</c>.</summary>
internal static class JiraErrors
{
    private static readonly FakeJiraJson Json = FakeJiraJson.Default;

    public static IResult IssueNotFound() => Messages(StatusCodes.Status404NotFound, "Issue does not exist or you do not have permission to see it.");

    public static IResult ProjectNotFound(string idOrKey) => Messages(StatusCodes.Status404NotFound, $"No project could be found with key '{idOrKey}'.");

    public static IResult BadRequest(string message) => Messages(StatusCodes.Status400BadRequest, message);

    public static IResult Field(string field, string message)
        => Results.Json(new ErrorCollectionJson([], new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message }), Json.ErrorCollectionJson, statusCode: StatusCodes.Status400BadRequest);

    public static IResult Messages(int status, string message)
        => Results.Json(new ErrorCollectionJson([message], new Dictionary<string, string>(StringComparer.Ordinal)), Json.ErrorCollectionJson, statusCode: status);
}
