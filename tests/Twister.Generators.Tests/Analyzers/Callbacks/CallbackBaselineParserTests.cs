using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Callbacks;

namespace Twister.Generators.Tests.Analyzers.Callbacks;

public sealed class CallbackBaselineParserTests
{
    [Fact]
    public void Parses_parameters_defaults_retired_lines_and_skips_comments_and_malformed_lines()
    {
        var baseline = CallbackBaselineParser.Parse(SourceText.From("""
            # header
            Demo.C:sync-batch(string channelId, System.Collections.Generic.Dictionary<string, int> counts, string sep = ", (x)")

            *RETIRED*Demo.C:Old()
            not a line
            """));

        var sync = baseline.Find("Demo.C", "sync-batch")!;
        Assert.False(sync.Retired);
        Assert.Equal(
            [new BaselineParameter("string", "channelId", null), new BaselineParameter("System.Collections.Generic.Dictionary<string, int>", "counts", null), new BaselineParameter("string", "sep", "\", (x)\"")],
            sync.Parameters.ToArray());
        Assert.True(baseline.Find("Demo.C", "Old")!.Retired);
        Assert.Empty(baseline.Find("Demo.C", "Old")!.Parameters);
        Assert.Equal(2, baseline.EntriesOf("Demo.C").Count);
        Assert.Null(baseline.Find("Demo.C", "not a line"));
    }

    [Fact]
    public void A_live_line_wins_over_a_retired_line_for_the_same_key()
    {
        var baseline = CallbackBaselineParser.Parse(SourceText.From("*RETIRED*Demo.C:Sync(int a)\nDemo.C:Sync(string a)\n"));
        Assert.False(baseline.Find("Demo.C", "Sync")!.Retired);
    }
}
