using System.Text;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.CodeFixes.Callbacks;
using Test = Twister.Generators.CodeFixes.Tests.Infrastructure.TwisterCodeFixTest<Twister.Generators.Analyzers.Callbacks.CallbackVersioningAnalyzer, Twister.Generators.CodeFixes.Callbacks.AddToUnshippedBaselineCodeFix>;

namespace Twister.Generators.CodeFixes.Tests.Callbacks;

public sealed class AddToUnshippedBaselineCodeFixTests
{
    private const string Callbacks = """
            [Callback] private Task {|TWIST1003:SyncBatch|}(string channelId, int retries = 3) => Task.CompletedTask;
            [Callback("archive")] private Task {|TWIST1003:ArchiveAll|}(string channelId) => Task.CompletedTask;
        """;

    private const string Fixed = """
            [Callback] private Task SyncBatch(string channelId, int retries = 3) => Task.CompletedTask;
            [Callback("archive")] private Task ArchiveAll(string channelId) => Task.CompletedTask;
        """;

    [Fact]
    public async Task Fix_all_writes_every_line_sorted_into_Unshipped_in_one_edit()
    {
        var test = new Test
        {
            TestCode = Test.Connector(Callbacks),
            FixedCode = Test.Connector(Fixed),
            NumberOfFixAllIterations = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        test.TestState.AdditionalFiles.Add(("Callbacks.Shipped.txt", "# deployed\n"));
        test.TestState.AdditionalFiles.Add(("Callbacks.Unshipped.txt", "# new since the last release\nDemo.IssueConnector:Zzz()\n"));
        test.FixedState.AdditionalFiles.Add(("Callbacks.Shipped.txt", "# deployed\n"));
        test.FixedState.AdditionalFiles.Add(("Callbacks.Unshipped.txt",
            "# new since the last release\nDemo.IssueConnector:SyncBatch(string channelId, int retries = 3)\nDemo.IssueConnector:Zzz()\nDemo.IssueConnector:archive(string channelId)\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Creates_Unshipped_when_only_Shipped_exists()
    {
        var test = new Test
        {
            TestCode = Test.Connector("    [Callback] private Task {|TWIST1003:Refresh|}(string channelId) => Task.CompletedTask;"),
            FixedCode = Test.Connector("    [Callback] private Task Refresh(string channelId) => Task.CompletedTask;"),
        };
        test.TestState.AdditionalFiles.Add(("Callbacks.Shipped.txt", ""));
        test.FixedState.AdditionalFiles.Add(("Callbacks.Shipped.txt", ""));
        // A created file is UTF-8 without a byte order mark.
        test.FixedState.AdditionalFiles.Add(("Callbacks.Unshipped.txt", SourceText.From("Demo.IssueConnector:Refresh(string channelId)\n", new UTF8Encoding(false))));
        await test.RunAsync();
    }

    [Fact]
    public void Merging_keeps_comments_first_removes_duplicates_and_sorts_ordinally()
    {
        var merged = Twister.Generators.CodeFixes.Common.BaselineFileEditor.Merge("# header\nB:b()\r\n\nA:a()\n", ["C:c()", "A:a()", "*RETIRED*Z:z()"]);
        Assert.Equal("# header\n*RETIRED*Z:z()\nA:a()\nB:b()\nC:c()\n", merged);
    }
}
