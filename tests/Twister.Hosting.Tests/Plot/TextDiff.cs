using System.Text;

namespace Twister.Hosting.Tests.Plot;

/// <summary>A line diff for assertion messages: <c>-</c> expected only, <c>+</c> actual only, with tabs and trailing spaces made visible.</summary>
internal static class TextDiff
{
    public static string Lines(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        // Longest common subsequence table, filled from the end.
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                diff.Append("  ").AppendLine(Visible(a[x]));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
                diff.Append("+ ").AppendLine(Visible(b[y++]));
            else
                diff.Append("- ").AppendLine(Visible(a[x++]));
        }
        return diff.ToString();
    }

    private static string Visible(string line)
    {
        var trimmed = line.TrimEnd(' ');
        return trimmed.Replace("\t", "→") + new string('·', line.Length - trimmed.Length);
    }
}
