using Twister.Samples.FakeLinear.Model;

namespace Twister.Samples.FakeLinear.Data;

/// <summary>
/// The fake service's in-memory state: teams, issues, comments and webhooks. Deterministic: the same
/// seed gives the same ids, texts and timestamps; mutations advance a private clock by one minute.
/// Thread-safe.
/// </summary>
public sealed class FakeLinearData
{
    private static readonly string[] TeamNames = ["Engineering", "Design", "Product", "Support", "Marketing", "Operations"];
    private static readonly string[] Verbs = ["Fix", "Add", "Improve", "Remove", "Document", "Refactor", "Investigate", "Speed up"];
    private static readonly string[] Subjects = ["login flow", "billing page", "search index", "sync engine", "export to CSV", "dark mode", "notification emails", "API rate limits", "onboarding", "audit log"];
    private static readonly string[] Statuses = ["backlog", "unstarted", "completed"];

    private readonly object _gate = new();
    private readonly List<FakeTeam> _teams = [];
    private readonly SortedDictionary<string, FakeIssue> _issues = new(StringComparer.Ordinal);
    private readonly List<FakeComment> _comments = [];
    private readonly Dictionary<string, FakeWebhook> _webhooks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);
    // Each team's issue ids in ordinal order, so a page starts with a binary search for its cursor
    // rather than a scan of every issue before it (a scan made a 100,000-issue sync quadratic).
    private readonly Dictionary<string, List<string>> _issueIdsByTeam = new(StringComparer.Ordinal);
    private readonly HashSet<string> _teamsToSort = new(StringComparer.Ordinal);
    private readonly int _seed;
    private DateTimeOffset _clock;
    private int _nextId;

    private FakeLinearData(int seed)
    {
        _seed = seed;
        _clock = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Builds the seed data: <paramref name="teams"/> teams of <paramref name="issuesPerTeam"/> issues with HTML descriptions.</summary>
    /// <param name="teams">How many teams.</param>
    /// <param name="issuesPerTeam">How many issues each team has.</param>
    /// <param name="seed">Varies ids and texts; the same seed gives the same data.</param>
    public static FakeLinearData Seed(int teams = 2, int issuesPerTeam = 250, int seed = 1)
    {
        var data = new FakeLinearData(seed);
        for (var t = 0; t < teams; t++)
        {
            var name = t < TeamNames.Length ? TeamNames[t] : $"Team {t + 1}";
            var key = t < TeamNames.Length ? name[..3].ToUpperInvariant() : $"T{t + 1}";
            var team = new FakeTeam(DeterministicIds.Uuid(seed, $"team/{t}"), name, key);
            data._teams.Add(team);
            for (var n = 0; n < issuesPerTeam; n++) data.AddIssue(team, SeedTitle(seed, t, n), SeedHtml(seed, t, n), Statuses[(n + t + seed) % Statuses.Length]);
        }
        return data;
    }

    /// <summary>The teams.</summary>
    public IReadOnlyList<FakeTeam> Teams
    {
        get { lock (_gate) return [.. _teams]; }
    }

    /// <summary>How many issues exist.</summary>
    public int IssueCount
    {
        get { lock (_gate) return _issues.Count; }
    }

    /// <summary>The registered webhooks.</summary>
    public IReadOnlyList<FakeWebhook> Webhooks
    {
        get { lock (_gate) return [.. _webhooks.Values]; }
    }

    /// <summary>The issue, or <see langword="null"/>.</summary>
    /// <param name="id">The issue id.</param>
    public FakeIssue? GetIssue(string id)
    {
        lock (_gate) return _issues.GetValueOrDefault(id);
    }

    /// <summary>A page of a team's issues ordered by id, after the cursor.</summary>
    /// <param name="teamId">The team.</param>
    /// <param name="after">The last id of the previous page.</param>
    /// <param name="first">The page size (clamped to 1..100).</param>
    public IssuePage GetIssues(string teamId, string? after, int first)
    {
        first = Math.Clamp(first, 1, 100);
        lock (_gate)
        {
            var ids = _issueIdsByTeam.GetValueOrDefault(teamId) ?? [];
            if (_teamsToSort.Remove(teamId)) ids.Sort(StringComparer.Ordinal);
            var start = 0;
            if (after is not null)
            {
                var found = ids.BinarySearch(after, StringComparer.Ordinal);
                start = found >= 0 ? found + 1 : ~found;
            }
            var nodes = ids.GetRange(start, Math.Min(first, ids.Count - start)).ConvertAll(id => _issues[id]);
            return new IssuePage(nodes, new PageInfo(start + nodes.Count < ids.Count, nodes.Count == 0 ? after : nodes[^1].Id));
        }
    }

    /// <summary>Creates an issue in a team.</summary>
    /// <param name="teamId">The team.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The plain description.</param>
    /// <param name="status">The status; <c>unstarted</c> when omitted.</param>
    /// <returns>The issue, or <see langword="null"/> when the team does not exist.</returns>
    public FakeIssue? CreateIssue(string teamId, string title, string? description, string? status)
    {
        lock (_gate)
        {
            var team = _teams.FirstOrDefault(t => t.Id == teamId);
            return team is null ? null : AddIssue(team, title, description is null ? null : $"<p>{System.Net.WebUtility.HtmlEncode(description)}</p>", status ?? "unstarted", description);
        }
    }

    /// <summary>Edits an issue (what a user of the external service would do); null arguments keep the value.</summary>
    /// <param name="id">The issue.</param>
    /// <param name="title">A new title.</param>
    /// <param name="descriptionHtml">A new HTML description (the plain description follows it).</param>
    /// <param name="status">A new status.</param>
    /// <returns>The edited issue, or <see langword="null"/> when it does not exist.</returns>
    public FakeIssue? EditIssue(string id, string? title = null, string? descriptionHtml = null, string? status = null)
    {
        lock (_gate)
        {
            if (!_issues.TryGetValue(id, out var issue)) return null;
            var now = Tick();
            var newStatus = status ?? issue.Status;
            issue = issue with
            {
                Title = title ?? issue.Title,
                DescriptionHtml = descriptionHtml ?? issue.DescriptionHtml,
                Description = descriptionHtml is null ? issue.Description : StripForPlainText(descriptionHtml),
                Status = newStatus,
                CompletedAt = newStatus == "completed" ? issue.CompletedAt ?? now : null,
                UpdatedAt = now,
            };
            _issues[id] = issue;
            return issue;
        }
    }

    /// <summary>The comments of an issue, oldest first.</summary>
    /// <param name="issueId">The issue.</param>
    public IReadOnlyList<FakeComment> GetComments(string issueId)
    {
        lock (_gate) return [.. _comments.Where(c => c.IssueId == issueId)];
    }

    /// <summary>Adds a comment; <see langword="null"/> when the issue does not exist.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="body">The text.</param>
    public FakeComment? AddComment(string issueId, string body)
    {
        lock (_gate)
        {
            if (!_issues.ContainsKey(issueId)) return null;
            var comment = new FakeComment(NextId("comment"), issueId, body, Tick());
            _comments.Add(comment);
            return comment;
        }
    }

    /// <summary>Edits a comment; <see langword="null"/> when it does not exist.</summary>
    /// <param name="commentId">The comment.</param>
    /// <param name="body">The new text.</param>
    public FakeComment? EditComment(string commentId, string body)
    {
        lock (_gate)
        {
            var index = _comments.FindIndex(c => c.Id == commentId);
            if (index < 0) return null;
            return _comments[index] = _comments[index] with { Body = body };
        }
    }

    /// <summary>Registers a webhook.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="teamId">The team.</param>
    public FakeWebhook AddWebhook(string url, string teamId)
    {
        lock (_gate)
        {
            var webhook = new FakeWebhook(NextId("webhook"), url, teamId);
            _webhooks[webhook.Id] = webhook;
            return webhook;
        }
    }

    /// <summary>Deletes a webhook; <see langword="false"/> when it does not exist.</summary>
    /// <param name="id">The webhook id.</param>
    public bool RemoveWebhook(string id)
    {
        lock (_gate) return _webhooks.Remove(id);
    }

    /// <summary>The issue with its current comments inlined, as the API answers and webhook payloads carry it.</summary>
    /// <param name="issue">An issue of this state.</param>
    public FakeIssue WithComments(FakeIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        lock (_gate) return issue with { Comments = [.. _comments.Where(c => c.IssueId == issue.Id)] };
    }

    private FakeIssue AddIssue(FakeTeam team, string title, string? descriptionHtml, string status, string? description = null)
    {
        var number = _nextNumber[team.Id] = _nextNumber.GetValueOrDefault(team.Id) + 1;
        var identifier = $"{team.Key}-{number}";
        var now = Tick();
        var issue = new FakeIssue(
            DeterministicIds.Uuid(_seed, $"issue/{team.Id}/{number}"), identifier, title,
            description ?? (descriptionHtml is null ? null : StripForPlainText(descriptionHtml)), descriptionHtml,
            $"https://linear.app/fake/issue/{identifier}", status, now, now, status == "completed" ? now : null, team.Id);
        _issues[issue.Id] = issue;
        if (!_issueIdsByTeam.TryGetValue(team.Id, out var teamIssueIds)) _issueIdsByTeam[team.Id] = teamIssueIds = [];
        teamIssueIds.Add(issue.Id);
        _teamsToSort.Add(team.Id);
        return issue;
    }

    private DateTimeOffset Tick() => _clock = _clock.AddMinutes(1);

    private string NextId(string kind) => DeterministicIds.Uuid(_seed, $"{kind}/{++_nextId}");

    private static string SeedTitle(int seed, int team, int n)
        => $"{Verbs[(n + seed) % Verbs.Length]} {Subjects[(n * 7 + team + seed) % Subjects.Length]}";

    private static string SeedHtml(int seed, int team, int n)
        => $"<p>Reported by <strong>user{(n * 13 + seed) % 50}</strong> in <em>team {team + 1}</em>.</p>"
           + $"<ul><li>Step {n % 5 + 1}: open the page</li><li>Expected: it works</li></ul>"
           + $"<p>See <a href=\"https://example.com/docs/{n}\">the docs</a>.</p>";

    /// <summary>The fake's own plain-text rendering of its HTML (the service side, not a connector).</summary>
    private static string StripForPlainText(string html)
        => System.Text.RegularExpressions.Regex.Replace(
            System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ").Trim();
}
