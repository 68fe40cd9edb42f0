using Twister.Samples.FakeLinear.Data;
using Twister.Samples.FakeLinear.Model;

namespace Twister.Hosting.Benchmarks.Verification;

/// <summary>Every issue of the fake service, team by team, page by page.</summary>
internal static class FakeIssues
{
    public static IEnumerable<(string TeamId, FakeIssue Issue)> All(FakeLinearData data)
    {
        foreach (var team in data.Teams)
        {
            for (var page = data.GetIssues(team.Id, after: null, first: 100); page.Nodes.Count > 0; page = data.GetIssues(team.Id, page.PageInfo.EndCursor, 100))
            {
                foreach (var issue in page.Nodes) yield return (team.Id, issue);
                if (!page.PageInfo.HasNextPage) break;
            }
        }
    }
}
