using Microsoft.CodeAnalysis;
using Twister.Generators.Connectors;
using Twister.Generators.LinkTypes;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators.NullableElements;

/// <summary>
/// Generated serializers of types with nullable element types (<c>List&lt;string?&gt;</c>,
/// <c>Dictionary&lt;string, Comment?&gt;</c>, ...) compile without nullable warnings, as callback
/// parameters and as stored types, so a warnings-as-errors connector build stays clean.
/// </summary>
public sealed class NullableElementCompilationTests
{
    private const string Source = TestSources.Usings + """
        namespace Sample.NullElements;

        public sealed record Comment(string Body, string? Author);

        public enum Mood { Calm, Busy }

        public sealed record Wrapper<T>(T Value, List<T> Items, Dictionary<string, T[]> ByKey);

        public struct Pair
        {
            public List<string?> Left { get; set; }
            public IReadOnlyDictionary<string, int?>? Right { get; set; }
        }

        public sealed record Thread(
            List<string?> Names, string?[] Labels, HashSet<Guid?> Ids, Dictionary<string, string?> Fields,
            Dictionary<string, Comment?> Comments, List<List<string?>> Rows, IReadOnlyList<int?> Scores,
            List<Comment?>? Replies, Mood?[] Moods, IReadOnlyDictionary<string, List<Comment?>?> Nested,
            IReadOnlySet<string?> Tags, IList<Uri?> Links, List<string> Plain, Wrapper<string?> Wrapped, Wrapper<Comment?>? WrappedComments,
            Pair Pair, Pair? MaybePair);

        public sealed class Board
        {
            public List<string?> Names { get; set; } = [];
            public Dictionary<string, Comment?>? Comments { get; set; }
            public List<List<string?>?> Rows { get; set; } = [];
            public IReadOnlyList<int?>? Scores { get; set; }
            public string?[]? Labels { get; set; }
            public HashSet<Guid?> Ids { get; set; } = [];
        }

        [Connector("null-elements")]
        public sealed partial class NullElementsConnector : Connector<NullElementsConnector>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken ct) => Task.FromResult<IReadOnlyList<Channel>>([]);

            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken ct)
            {
                var rows = await Store.GetAsync<List<List<string?>>>("rows", ct) ?? [];
                await Store.SetAsync("rows", rows, ct);
                var fields = await Store.GetAsync<Dictionary<string, string?>>("fields", ct) ?? [];
                await Store.SetAsync("fields", fields, ct);
                var board = await Store.GetAsync<Board>("board", ct) ?? new Board();
                await Store.SetAsync("board", board, ct);
                await Tools.Tasks.RunTaskAsync(Callbacks.Parameters(["a", null], ["b", null], new() { ["c"] = null }, [1, null], [Guid.Empty, null]), ct);
            }

            [Callback]
            private async Task EchoThread(Thread value, CancellationToken ct) => await Store.SetAsync("thread", value, ct);

            [Callback]
            private async Task EchoBoard(Board value, CancellationToken ct) => await Store.SetAsync("board", value, ct);

            [Callback]
            private Task Parameters(List<string?> names, string?[] labels, Dictionary<string, Comment?> comments, IReadOnlyList<int?> scores, HashSet<Guid?> ids, CancellationToken ct)
                => Task.CompletedTask;
        }
        """;

    [Fact]
    public void Generated_code_for_nullable_element_types_compiles_without_warnings()
    {
        var (output, files) = GeneratorHarness.Run(TestCompilation.Create(Source), new ConnectorGenerator(), new LinkTypeGenerator());

        // Every type was accepted (a rejected callback would be skipped, and its types never compiled).
        var generated = files["Sample.NullElements.NullElementsConnector.g.cs"];
        foreach (var served in new[] { "GeneratedSerializer<global::Sample.NullElements.Thread>", "GeneratedSerializer<global::Sample.NullElements.Board>", "GeneratedSerializer<global::Sample.NullElements.Wrapper<string?>>", "NullableSerializer<global::Sample.NullElements.Pair>" })
            Assert.Contains(served, generated, StringComparison.Ordinal);
        Assert.Contains("Parameters(global::System.Collections.Generic.List<string?> names", generated, StringComparison.Ordinal);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, TestCompilation.Describe(problems));
    }
}
