using System.Diagnostics;
using Twister.Hosting.Benchmarks.Verification;
using Twister.Hosting.Plot;
using Twister.Samples.FakeLinear.Data;

namespace Twister.Hosting.Benchmarks.Conversion;

/// <summary>
/// The HTML-to-markdown conversion a sync pays, reported apart from the host: every issue description of
/// the same fake data converted once, as the host converts it on ingest, timed and its allocations counted.
/// </summary>
internal static class HtmlConversionRun
{
    public static HtmlConversionResult Run(FakeLinearData data)
    {
        var descriptions = FakeIssues.All(data)
            .Select(item => item.Issue.DescriptionHtml)
            .OfType<string>()
            .ToList();
        foreach (var html in descriptions.Take(200)) HtmlToMarkdown.Convert(html); // warm-up
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var characters = 0L;
        foreach (var html in descriptions) characters += HtmlToMarkdown.Convert(html).Length;
        clock.Stop();
        return new HtmlConversionResult(descriptions.Count, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated, characters);
    }
}

/// <summary>What converting the descriptions cost.</summary>
/// <param name="Items">Descriptions converted.</param>
/// <param name="Duration">Time for all of them.</param>
/// <param name="AllocatedBytes">Bytes allocated by the conversions.</param>
/// <param name="MarkdownCharacters">Characters of markdown produced (kept so the work cannot be optimised away).</param>
internal sealed record HtmlConversionResult(int Items, TimeSpan Duration, long AllocatedBytes, long MarkdownCharacters)
{
    public double MicrosecondsPerItem => Duration.TotalMicroseconds / Items;

    public double BytesPerItem => (double)AllocatedBytes / Items;
}
