using Twister.Samples.Jira.Api;

namespace Twister.Samples.Jira.Sync;

/// <summary>
/// The <c>issue</c> link type of one project: its statuses are the project's workflow statuses (every issue
/// type's, each once), so the status of a synced issue is checked against that project's workflow.
/// </summary>
public static class IssueLinkType
{
    /// <summary>The link type id.</summary>
    public const string Type = "issue";

    /// <summary>The link type of a project whose workflows have these statuses.</summary>
    /// <param name="workflows">The statuses per issue type (<c>GET /project/{id}/statuses</c>).</param>
    /// <remarks>
    /// A status of the <c>new</c> category means to do, <c>indeterminate</c> in progress, <c>done</c> done. The first
    /// <c>new</c> one is where an issue created from Plot starts, which opts the type into <c>OnCreateLinkAsync</c>.
    /// </remarks>
    public static LinkTypeConfig From(IReadOnlyList<JiraIssueTypeStatuses> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        var statuses = workflows.SelectMany(w => w.Statuses).DistinctBy(s => s.Id).ToList();
        var createDefault = statuses.FirstOrDefault(s => CategoryOf(s) == "new")?.Id;
        return new LinkTypeConfig(Type, "Issue", [.. statuses.Select(s => StatusOf(s, s.Id == createDefault))]);
    }

    private static LinkStatus StatusOf(JiraStatus status, bool createDefault) => CategoryOf(status) switch
    {
        "new" => new LinkStatus(status.Id, status.Name, Todo: true, CreateDefault: createDefault),
        "done" => new LinkStatus(status.Id, status.Name, Done: true, Tag: Tag.Done),
        _ => new LinkStatus(status.Id, status.Name, Tag: Tag.InProgress),
    };

    private static string? CategoryOf(JiraStatus status) => status.StatusCategory?.Key;
}
