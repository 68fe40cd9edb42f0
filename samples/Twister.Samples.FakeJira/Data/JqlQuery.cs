using System.Globalization;
using System.Text.RegularExpressions;
using Twister.Samples.FakeJira.Model;

namespace Twister.Samples.FakeJira.Data;

/// <summary>
/// The subset of JQL the fake understands: clauses joined by <c>AND</c> over <c>project</c>
/// (<c>=</c>, <c>in</c>; id or key), <c>key</c>/<c>issuekey</c> (<c>=</c>; former keys match, as in Jira),
/// <c>created</c> and <c>updated</c> (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>; <c>"yyyy-MM-dd"</c> or
/// <c>"yyyy-MM-dd HH:mm"</c>, UTC), then an optional <c>ORDER BY created|updated|key [ASC|DESC]</c>
/// (default <c>created ASC</c>). Anything else is refused with a message naming the clause.
/// </summary>
public sealed partial class JqlQuery
{
    private readonly IReadOnlyList<Func<JiraIssue, FakeJiraData, bool>> _clauses;

    private JqlQuery(string text, IReadOnlyList<Func<JiraIssue, FakeJiraData, bool>> clauses, string orderBy, bool descending)
    {
        Text = text;
        _clauses = clauses;
        OrderBy = orderBy;
        Descending = descending;
    }

    /// <summary>The query as given.</summary>
    public string Text { get; }

    /// <summary>The sort field: <c>created</c>, <c>updated</c> or <c>key</c>.</summary>
    public string OrderBy { get; }

    /// <summary>Whether the sort is descending.</summary>
    public bool Descending { get; }

    /// <summary>Parses <paramref name="jql"/>.</summary>
    /// <param name="jql">The query.</param>
    /// <exception cref="FormatException">A clause the fake does not understand; the message names it.</exception>
    public static JqlQuery Parse(string jql)
    {
        ArgumentNullException.ThrowIfNull(jql);
        var orderBy = "created";
        var descending = false;
        var where = jql;
        var order = OrderByPattern().Match(jql);
        if (order.Success)
        {
            where = jql[..order.Index];
            orderBy = order.Groups["field"].Value.ToLowerInvariant();
            orderBy = orderBy == "issuekey" ? "key" : orderBy;
            descending = order.Groups["dir"].Value.Equals("desc", StringComparison.OrdinalIgnoreCase);
        }
        var clauses = new List<Func<JiraIssue, FakeJiraData, bool>>();
        foreach (var part in AndPattern().Split(where).Select(p => p.Trim()).Where(p => p.Length > 0))
            clauses.Add(ParseClause(part));
        return new JqlQuery(jql, clauses, orderBy, descending);
    }

    /// <summary>Whether the issue satisfies every clause.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="data">The data the clauses resolve projects and keys against.</param>
    public bool Matches(JiraIssue issue, FakeJiraData data) => _clauses.All(c => c(issue, data));

    /// <summary>Orders matching issues as the query says (ties by id).</summary>
    /// <param name="issues">The issues.</param>
    public IEnumerable<JiraIssue> Sort(IEnumerable<JiraIssue> issues)
    {
        Func<JiraIssue, IComparable> key = OrderBy switch
        {
            "updated" => i => i.Updated,
            "key" => i => $"{i.Key.Split('-')[0]}-{int.Parse(i.Key.Split('-')[1], CultureInfo.InvariantCulture):D9}",
            _ => i => i.Created,
        };
        var sorted = Descending ? issues.OrderByDescending(key) : issues.OrderBy(key);
        return sorted.ThenBy(i => long.Parse(i.Id, CultureInfo.InvariantCulture));
    }

    private static Func<JiraIssue, FakeJiraData, bool> ParseClause(string clause)
    {
        var match = ClausePattern().Match(clause);
        if (!match.Success) throw new FormatException($"The fake Jira does not understand the JQL clause '{clause}'.");
        var field = match.Groups["field"].Value.ToLowerInvariant();
        var op = match.Groups["op"].Value.ToLowerInvariant();
        var value = match.Groups["value"].Value;
        switch (field)
        {
            case "project" when op is "=" or "in":
                var projects = (op == "in" ? value.Trim('(', ')').Split(',') : [value]).Select(Unquote).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return (issue, data) => data.GetProject(issue.ProjectId) is { } p && (projects.Contains(p.Id) || projects.Contains(p.Key));
            case "key" or "issuekey" when op == "=":
                var key = Unquote(value);
                return (issue, data) => data.GetIssue(key)?.Id == issue.Id;
            case "created" or "updated" when op is ">=" or ">" or "<=" or "<":
                var bound = ParseDate(Unquote(value), clause);
                Func<JiraIssue, DateTimeOffset> read = field == "created" ? i => i.Created : i => i.Updated;
                return op switch
                {
                    ">=" => (issue, _) => read(issue) >= bound,
                    ">" => (issue, _) => read(issue) > bound,
                    "<=" => (issue, _) => read(issue) <= bound,
                    _ => (issue, _) => read(issue) < bound,
                };
            default:
                throw new FormatException($"The fake Jira does not support '{field} {op}' in the JQL clause '{clause}'.");
        }
    }

    private static DateTimeOffset ParseDate(string text, string clause)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "yyyy/MM/dd HH:mm"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new FormatException($"Date value '{text}' in the JQL clause '{clause}' is not of the form \"yyyy-MM-dd\" or \"yyyy-MM-dd HH:mm\".");
    }

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"\s+ORDER\s+BY\s+(?<field>created|updated|key|issuekey)(\s+(?<dir>ASC|DESC))?\s*$|^\s*ORDER\s+BY\s+(?<field>created|updated|key|issuekey)(\s+(?<dir>ASC|DESC))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderByPattern();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();

    [GeneratedRegex("""^(?<field>[A-Za-z]+)\s*(?<op>>=|<=|!=|=|>|<|\bin\b)\s*(?<value>"[^"]*"|'[^']*'|\([^)]*\)|\S+)$""", RegexOptions.IgnoreCase)]
    private static partial Regex ClausePattern();
}
