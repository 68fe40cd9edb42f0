using System.Globalization;
using Twister.Samples.FakeJira.Model;
using Twister.Samples.FakeServices;

namespace Twister.Samples.FakeJira.Data;

/// <summary>
/// The fake Jira site's in-memory state: projects, users, issues, comments and dynamic webhooks.
/// Deterministic: the same seed gives the same ids, keys, texts and timestamps; every mutation
/// advances a private clock by one minute. The edit methods are what the site's users do (a demo or
/// a test calls them, then delivers the matching webhook). Thread-safe.
/// </summary>
public sealed class FakeJiraData
{
    /// <summary>How long a dynamic webhook lives after registration or refresh.</summary>
    public static readonly TimeSpan WebhookLifetime = TimeSpan.FromDays(30);

    /// <summary>The events a dynamic webhook can subscribe to.</summary>
    public static readonly IReadOnlySet<string> WebhookEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "comment_created", "comment_updated", "comment_deleted",
    };

    private static readonly (string Key, string Name)[] ProjectSeeds = [("PLAT", "Platform"), ("MOB", "Mobile"), ("WEB", "Website"), ("DATA", "Data")];
    private static readonly (string Name, string? Email)[] UserSeeds = [("Ada Lovelace", "ada@example.com"), ("Grace Hopper", "grace@example.com"), ("Alan Turing", null), ("Katherine Johnson", "katherine@example.com")];
    private static readonly string[] Verbs = ["Fix", "Add", "Improve", "Remove", "Document", "Investigate"];
    private static readonly string[] Subjects = ["login timeout", "billing export", "search ranking", "offline mode", "push notifications", "audit log", "rate limiter"];

    private readonly object _gate = new();
    private readonly List<JiraProject> _projects = [];
    private readonly List<JiraUser> _users = [];
    private readonly Dictionary<string, JiraIssue> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _issueIdsByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<JiraComment> _comments = [];
    private readonly SortedDictionary<int, JiraWebhook> _webhooks = [];
    private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);
    private readonly int _seed;
    private DateTimeOffset _clock = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private long _nextIssueId = 10100;
    private long _nextCommentId = 10500;
    private int _nextWebhookId = 1;

    private FakeJiraData(int seed)
    {
        _seed = seed;
        CloudId = StableIds.Hex(seed, "cloud", 32).Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
    }

    /// <summary>The workflow every project shares, in order; each status has a global transition to it.</summary>
    public static IReadOnlyList<JiraStatus> Statuses { get; } =
    [
        new("10000", "To Do", "new", "11"),
        new("3", "In Progress", "indeterminate", "21"),
        new("10001", "In Review", "indeterminate", "31"),
        new("10002", "Done", "done", "41"),
    ];

    /// <summary>The issue types every project offers.</summary>
    public static IReadOnlyList<JiraIssueType> IssueTypes { get; } = [new("10001", "Task", false), new("10002", "Bug", false), new("10003", "Sub-task", true)];

    /// <summary>
    /// Builds a site of <paramref name="projects"/> projects (at most 4 named ones, then numbered) with
    /// <paramref name="issuesPerProject"/> issues each. Across the seed: every status, unassigned issues,
    /// an issue without a description, rich (bold, list) descriptions, 0 to 3 comments per issue, and a
    /// user whose email is hidden.
    /// </summary>
    /// <param name="projects">How many projects.</param>
    /// <param name="issuesPerProject">How many issues each project has.</param>
    /// <param name="seed">Varies ids; the same seed gives the same data.</param>
    public static FakeJiraData Seed(int projects = 2, int issuesPerProject = 12, int seed = 1)
    {
        var data = new FakeJiraData(seed);
        for (var u = 0; u < UserSeeds.Length; u++)
            data._users.Add(new JiraUser(StableIds.Hex(seed, $"user/{u}", 24), UserSeeds[u].Name, UserSeeds[u].Email));
        for (var p = 0; p < projects; p++)
        {
            var (key, name) = p < ProjectSeeds.Length ? ProjectSeeds[p] : ($"P{p + 1}", $"Project {p + 1}");
            data._projects.Add(new JiraProject((10000 + p).ToString(CultureInfo.InvariantCulture), key, name, $"Work of the {name} team."));
        }
        foreach (var project in data._projects)
        {
            for (var n = 0; n < issuesPerProject; n++)
            {
                var reporter = data._users[(n + 1) % data._users.Count].AccountId;
                var issue = data.AddIssue(project, IssueTypes[n % 2].Id, $"{Verbs[(n + seed) % Verbs.Length]} {Subjects[(n * 3 + seed) % Subjects.Length]}", SeedDescription(n), reporter);
                var status = Statuses[n % Statuses.Count];
                var assignee = n % 3 == 2 ? null : data._users[n % data._users.Count].AccountId;
                data.Replace(issue with { StatusId = status.Id, AssigneeId = assignee, ResolutionDate = status.CategoryKey == "done" ? issue.Created : null }, recordChange: false);
                for (var c = 0; c < n % 4; c++)
                    data.AddCommentLocked(issue.Id, AdfNode.FromText($"Comment {c + 1} on {issue.Key}: looks {(c % 2 == 0 ? "good" : "risky")}."), data._users[(n + c) % data._users.Count].AccountId, []);
            }
        }
        return data;
    }

    /// <summary>The site's cloud id (the <c>{cloudId}</c> of <c>/ex/jira/{cloudId}/rest/api/3</c>).</summary>
    public string CloudId { get; }

    /// <summary>The site's current time.</summary>
    public DateTimeOffset Now
    {
        get { lock (_gate) return _clock; }
    }

    /// <summary>The user the bearer token belongs to (<c>GET /myself</c>), who also authors comments posted through the API.</summary>
    public JiraUser CurrentUser => Users[0];

    /// <summary>The projects.</summary>
    public IReadOnlyList<JiraProject> Projects
    {
        get { lock (_gate) return [.. _projects]; }
    }

    /// <summary>The users.</summary>
    public IReadOnlyList<JiraUser> Users
    {
        get { lock (_gate) return [.. _users]; }
    }

    /// <summary>How many issues exist.</summary>
    public int IssueCount
    {
        get { lock (_gate) return _issues.Count; }
    }

    /// <summary>The live (unexpired) dynamic webhooks.</summary>
    public IReadOnlyList<JiraWebhook> Webhooks
    {
        get { lock (_gate) return [.. _webhooks.Values.Where(w => w.Expiration > _clock)]; }
    }

    /// <summary>Moves the site's clock forward (for example past a webhook's expiry).</summary>
    /// <param name="by">How far.</param>
    public void AdvanceClock(TimeSpan by)
    {
        lock (_gate) _clock += by;
    }

    /// <summary>The project with this id or key, or <see langword="null"/>.</summary>
    /// <param name="idOrKey">A project id or key.</param>
    public JiraProject? GetProject(string idOrKey)
    {
        lock (_gate) return _projects.FirstOrDefault(p => p.Id == idOrKey || p.Key.Equals(idOrKey, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The user, or <see langword="null"/>.</summary>
    /// <param name="accountId">The account id.</param>
    public JiraUser? GetUser(string accountId)
    {
        lock (_gate) return _users.FirstOrDefault(u => u.AccountId == accountId);
    }

    /// <summary>The issue with this id, current key or former key, or <see langword="null"/>.</summary>
    /// <param name="idOrKey">An issue id or key.</param>
    public JiraIssue? GetIssue(string idOrKey)
    {
        lock (_gate) return FindLocked(idOrKey);
    }

    /// <summary>The issues matching <paramref name="query"/>, in its order.</summary>
    /// <param name="query">The parsed JQL.</param>
    public IReadOnlyList<JiraIssue> Search(JqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate) return [.. query.Sort(_issues.Values.Where(i => query.Matches(i, this)))];
    }

    /// <summary>The comments of an issue, oldest first.</summary>
    /// <param name="issueId">The issue's id.</param>
    public IReadOnlyList<JiraComment> GetComments(string issueId)
    {
        lock (_gate) return [.. _comments.Where(c => c.IssueId == issueId)];
    }

    /// <summary>Creates an issue in the first status of the workflow, reported by <see cref="CurrentUser"/> unless said otherwise.</summary>
    /// <param name="projectIdOrKey">The project.</param>
    /// <param name="issueTypeId">The issue type.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <param name="reporterId">The reporter's account id.</param>
    /// <returns>The issue, or <see langword="null"/> when the project does not exist.</returns>
    /// <exception cref="ArgumentException">Unknown issue type or reporter.</exception>
    public JiraIssue? CreateIssue(string projectIdOrKey, string issueTypeId, string summary, AdfNode? description, string? reporterId = null)
    {
        if (IssueTypes.All(t => t.Id != issueTypeId)) throw new ArgumentException($"No issue type {issueTypeId}.", nameof(issueTypeId));
        lock (_gate)
        {
            var project = _projects.FirstOrDefault(p => p.Id == projectIdOrKey || p.Key.Equals(projectIdOrKey, StringComparison.OrdinalIgnoreCase));
            if (project is null) return null;
            var reporter = reporterId ?? _users[0].AccountId;
            if (_users.All(u => u.AccountId != reporter)) throw new ArgumentException($"No user {reporter}.", nameof(reporterId));
            return AddIssue(project, issueTypeId, summary, description, reporter);
        }
    }

    /// <summary>Edits an issue (what a Jira user, or <c>PUT /issue/{id}</c>, does); null arguments keep the value.</summary>
    /// <param name="idOrKey">The issue.</param>
    /// <param name="summary">A new summary.</param>
    /// <param name="description">A new description (an empty <c>doc</c> clears it).</param>
    /// <param name="assignee">A new assignee (<c>new Assignment(null)</c> unassigns).</param>
    /// <returns>The edited issue, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ArgumentException">Unknown assignee.</exception>
    public JiraIssue? EditIssue(string idOrKey, string? summary = null, AdfNode? description = null, Assignment? assignee = null)
    {
        lock (_gate)
        {
            if (FindLocked(idOrKey) is not { } issue) return null;
            if (assignee?.AccountId is { } accountId && _users.All(u => u.AccountId != accountId)) throw new ArgumentException($"No user {accountId}.", nameof(assignee));
            return Replace(issue with
            {
                Summary = summary ?? issue.Summary,
                Description = description is null ? issue.Description : description.Content is { Count: > 0 } ? description : null,
                AssigneeId = assignee is { } a ? a.AccountId : issue.AssigneeId,
            });
        }
    }

    /// <summary>Performs a workflow transition (moves the issue to the transition's status).</summary>
    /// <param name="idOrKey">The issue.</param>
    /// <param name="transitionId">The transition id (see <see cref="Statuses"/>).</param>
    /// <returns>The issue, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ArgumentException">Unknown transition.</exception>
    public JiraIssue? Transition(string idOrKey, string transitionId)
    {
        var status = Statuses.FirstOrDefault(s => s.TransitionId == transitionId) ?? throw new ArgumentException($"No transition {transitionId}.", nameof(transitionId));
        lock (_gate)
        {
            if (FindLocked(idOrKey) is not { } issue) return null;
            var done = status.CategoryKey == "done";
            return Replace(issue with { StatusId = status.Id, ResolutionDate = done ? issue.ResolutionDate ?? _clock.AddMinutes(1) : null });
        }
    }

    /// <summary>
    /// Moves an issue to another project, as Jira's "Move" does: it gets the next key of the target
    /// project, keeps its immutable id, and its former key still resolves.
    /// </summary>
    /// <param name="idOrKey">The issue.</param>
    /// <param name="targetProjectIdOrKey">The project to move it to.</param>
    /// <returns>The moved issue, or <see langword="null"/> when the issue does not exist.</returns>
    /// <exception cref="ArgumentException">Unknown target project, or the issue is already in it.</exception>
    public JiraIssue? MoveIssue(string idOrKey, string targetProjectIdOrKey)
    {
        lock (_gate)
        {
            if (FindLocked(idOrKey) is not { } issue) return null;
            var target = _projects.FirstOrDefault(p => p.Id == targetProjectIdOrKey || p.Key.Equals(targetProjectIdOrKey, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"No project {targetProjectIdOrKey}.", nameof(targetProjectIdOrKey));
            if (target.Id == issue.ProjectId) throw new ArgumentException($"{issue.Key} is already in {target.Key}.", nameof(targetProjectIdOrKey));
            var key = NextKey(target);
            _issueIdsByKey[key] = issue.Id;
            return Replace(issue with { Key = key, ProjectId = target.Id, FormerKeys = [.. issue.FormerKeys, issue.Key] });
        }
    }

    /// <summary>Deletes an issue and its comments.</summary>
    /// <param name="idOrKey">The issue.</param>
    /// <returns>Whether it existed.</returns>
    public bool DeleteIssue(string idOrKey)
    {
        lock (_gate)
        {
            if (FindLocked(idOrKey) is not { } issue) return false;
            _issues.Remove(issue.Id);
            _comments.RemoveAll(c => c.IssueId == issue.Id);
            foreach (var key in _issueIdsByKey.Where(p => p.Value == issue.Id).Select(p => p.Key).ToList()) _issueIdsByKey.Remove(key);
            Tick();
            return true;
        }
    }

    /// <summary>Adds a comment (it also moves the issue's <c>updated</c>, as in Jira).</summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="body">The body.</param>
    /// <param name="authorId">The author; <see cref="CurrentUser"/> when omitted.</param>
    /// <param name="properties">Entity properties stored with it.</param>
    /// <returns>The comment, or <see langword="null"/> when the issue does not exist.</returns>
    public JiraComment? AddComment(string issueIdOrKey, AdfNode body, string? authorId = null, IReadOnlyList<JiraEntityProperty>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        lock (_gate)
        {
            if (FindLocked(issueIdOrKey) is not { } issue) return null;
            var author = authorId ?? _users[0].AccountId;
            if (_users.All(u => u.AccountId != author)) throw new ArgumentException($"No user {author}.", nameof(authorId));
            return AddCommentLocked(issue.Id, body, author, properties ?? []);
        }
    }

    /// <summary>Replaces a comment's body.</summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="commentId">The comment.</param>
    /// <param name="body">The new body.</param>
    /// <returns>The comment, or <see langword="null"/> when the issue or the comment (on that issue) does not exist.</returns>
    public JiraComment? UpdateComment(string issueIdOrKey, string commentId, AdfNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        lock (_gate)
        {
            if (FindLocked(issueIdOrKey) is not { } issue) return null;
            var index = _comments.FindIndex(c => c.Id == commentId && c.IssueId == issue.Id);
            if (index < 0) return null;
            var now = Tick();
            _issues[issue.Id] = issue with { Updated = now };
            return _comments[index] = _comments[index] with { Body = body, Updated = now };
        }
    }

    /// <summary>Deletes a comment.</summary>
    /// <param name="issueIdOrKey">The issue.</param>
    /// <param name="commentId">The comment.</param>
    /// <returns>Whether it existed on that issue.</returns>
    public bool DeleteComment(string issueIdOrKey, string commentId)
    {
        lock (_gate)
        {
            if (FindLocked(issueIdOrKey) is not { } issue) return false;
            if (_comments.RemoveAll(c => c.Id == commentId && c.IssueId == issue.Id) == 0) return false;
            _issues[issue.Id] = issue with { Updated = Tick() };
            return true;
        }
    }

    /// <summary>Registers a dynamic webhook that lives <see cref="WebhookLifetime"/>.</summary>
    /// <param name="url">Where to deliver.</param>
    /// <param name="jqlFilter">The filter (the JQL subset of <see cref="JqlQuery"/>).</param>
    /// <param name="events">Events from <see cref="WebhookEvents"/>.</param>
    /// <exception cref="ArgumentException">An unknown event.</exception>
    /// <exception cref="FormatException">A filter the fake does not understand.</exception>
    public JiraWebhook RegisterWebhook(string url, string jqlFilter, IReadOnlyList<string> events)
    {
        JqlQuery.Parse(jqlFilter);
        if (events.Count == 0) throw new ArgumentException("A webhook needs at least one event.", nameof(events));
        if (events.FirstOrDefault(e => !WebhookEvents.Contains(e)) is { } unknown) throw new ArgumentException($"Unknown webhook event '{unknown}'.", nameof(events));
        lock (_gate)
        {
            var webhook = new JiraWebhook(_nextWebhookId++, url, jqlFilter, [.. events], _clock + WebhookLifetime);
            _webhooks[webhook.Id] = webhook;
            return webhook;
        }
    }

    /// <summary>Extends live webhooks by <see cref="WebhookLifetime"/> from now.</summary>
    /// <param name="ids">The webhook ids.</param>
    /// <returns>The new expiry, or <see langword="null"/> when one of them is unknown or already expired (nothing is extended then).</returns>
    public DateTimeOffset? RefreshWebhooks(IReadOnlyList<int> ids)
    {
        lock (_gate)
        {
            if (ids.Count == 0 || ids.Any(id => !_webhooks.TryGetValue(id, out var w) || w.Expiration <= _clock)) return null;
            var expiration = _clock + WebhookLifetime;
            foreach (var id in ids) _webhooks[id] = _webhooks[id] with { Expiration = expiration };
            return expiration;
        }
    }

    /// <summary>Deletes webhooks; unknown ids are ignored, as Jira does.</summary>
    /// <param name="ids">The webhook ids.</param>
    public void DeleteWebhooks(IReadOnlyList<int> ids)
    {
        lock (_gate) foreach (var id in ids) _webhooks.Remove(id);
    }

    /// <summary>The live webhooks subscribed to <paramref name="webhookEvent"/> whose filter matches the issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="webhookEvent">The event name.</param>
    public IReadOnlyList<int> MatchingWebhookIds(JiraIssue issue, string webhookEvent)
        => [.. Webhooks.Where(w => w.Events.Contains(webhookEvent) && JqlQuery.Parse(w.JqlFilter).Matches(issue, this)).Select(w => w.Id)];

    private JiraIssue? FindLocked(string idOrKey)
        => _issues.GetValueOrDefault(idOrKey) ?? (_issueIdsByKey.TryGetValue(idOrKey, out var id) ? _issues[id] : null);

    private JiraIssue AddIssue(JiraProject project, string issueTypeId, string summary, AdfNode? description, string reporterId)
    {
        var now = Tick();
        var id = (_nextIssueId++).ToString(CultureInfo.InvariantCulture);
        var issue = new JiraIssue(id, NextKey(project), project.Id, issueTypeId, summary, description, Statuses[0].Id, null, reporterId, now, now, null, [], []);
        _issues[id] = issue;
        _issueIdsByKey[issue.Key] = id;
        return issue;
    }

    private JiraComment AddCommentLocked(string issueId, AdfNode body, string authorId, IReadOnlyList<JiraEntityProperty> properties)
    {
        var now = Tick();
        var comment = new JiraComment((_nextCommentId++).ToString(CultureInfo.InvariantCulture), issueId, authorId, body, now, now, properties);
        _comments.Add(comment);
        _issues[issueId] = _issues[issueId] with { Updated = now };
        return comment;
    }

    /// <summary>Stores an edited issue with a new <c>updated</c> and, unless told otherwise, the changelog of what differs.</summary>
    private JiraIssue Replace(JiraIssue edited, bool recordChange = true)
    {
        var old = _issues[edited.Id];
        var changes = recordChange ? Changes(old, edited) : old.LastChange;
        var issue = edited with { Updated = recordChange ? Tick() : edited.Updated, LastChange = changes };
        _issues[issue.Id] = issue;
        return issue;
    }

    private List<JiraChange> Changes(JiraIssue old, JiraIssue now)
    {
        var changes = new List<JiraChange>();
        if (old.Summary != now.Summary) changes.Add(new("summary", null, old.Summary, null, now.Summary));
        if (old.StatusId != now.StatusId) changes.Add(new("status", old.StatusId, Statuses.First(s => s.Id == old.StatusId).Name, now.StatusId, Statuses.First(s => s.Id == now.StatusId).Name));
        if (old.AssigneeId != now.AssigneeId) changes.Add(new("assignee", old.AssigneeId, DisplayName(old.AssigneeId), now.AssigneeId, DisplayName(now.AssigneeId)));
        if (old.Description?.ToPlainText() != now.Description?.ToPlainText()) changes.Add(new("description", null, old.Description?.ToPlainText(), null, now.Description?.ToPlainText()));
        if (old.ProjectId != now.ProjectId) changes.Add(new("project", old.ProjectId, _projects.First(p => p.Id == old.ProjectId).Name, now.ProjectId, _projects.First(p => p.Id == now.ProjectId).Name));
        if (old.Key != now.Key) changes.Add(new("Key", null, old.Key, null, now.Key));
        return changes;
    }

    private string? DisplayName(string? accountId) => accountId is null ? null : _users.First(u => u.AccountId == accountId).DisplayName;

    private string NextKey(JiraProject project) => $"{project.Key}-{_lastNumber[project.Id] = _lastNumber.GetValueOrDefault(project.Id) + 1}";

    private DateTimeOffset Tick() => _clock = _clock.AddMinutes(1);

    private static AdfNode? SeedDescription(int n) => (n % 5) switch
    {
        4 => null,
        0 => AdfNode.Doc(
            AdfNode.Paragraph(AdfNode.Span("Customers report this on "), AdfNode.Span("every", "strong"), AdfNode.Span(" release.")),
            AdfNode.BulletList($"Seen in build {n + 100}", "Affects web and mobile"),
            AdfNode.Paragraph(AdfNode.Span("Workaround: "), AdfNode.Span("restart the app", "em"), AdfNode.Span("."))),
        _ => AdfNode.FromText($"Steps to reproduce {n}.\n\nExpected: it works. Actual: it does not."),
    };
}

/// <summary>An assignee change: <see cref="AccountId"/> <see langword="null"/> unassigns.</summary>
/// <param name="AccountId">The new assignee's account id, or <see langword="null"/>.</param>
public readonly record struct Assignment(string? AccountId);
