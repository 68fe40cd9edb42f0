using System.Runtime.CompilerServices;

namespace Twister.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots kept in the repository (Verify is not available offline): a difference
/// or a missing file fails; setting <c>TWISTER_UPDATE_SNAPSHOTS=1</c> rewrites the approved file.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that turns assertions into rewrites.</summary>
    public const string UpdateVariable = "TWISTER_UPDATE_SNAPSHOTS";

    /// <summary>The folder of approved files for the test file that calls this.</summary>
    public static string Folder([CallerFilePath] string callerFile = "")
        => Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");

    /// <summary>Whether snapshots are being rewritten rather than checked.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with the approved file <paramref name="name"/><c>.verified.cs</c> in <paramref name="folder"/>.</summary>
    public static void Match(string folder, string name, string actual)
    {
        var path = Path.Combine(folder, name + ".verified.cs");
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No approved snapshot {path}. Run the tests with {UpdateVariable}=1, review the new file and commit it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Assert.Fail($"{path} differs at line {line + 1}:{Environment.NewLine}  approved: {Line(expectedLines, line)}{Environment.NewLine}  actual:   {Line(actualLines, line)}{Environment.NewLine}Run with {UpdateVariable}=1 to accept the change.");
    }

    /// <summary>Approved files in <paramref name="folder"/> that no snapshot case claims.</summary>
    public static IReadOnlyList<string> Orphans(string folder, IEnumerable<string> claimedNames)
    {
        var claimed = new HashSet<string>(claimedNames.Select(n => n + ".verified.cs"), StringComparer.Ordinal);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.verified.cs").Select(Path.GetFileName).Where(f => !claimed.Contains(f!)).Order(StringComparer.Ordinal)!]
            : [];
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
