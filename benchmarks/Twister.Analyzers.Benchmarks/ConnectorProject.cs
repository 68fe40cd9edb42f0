using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Analyzers.Benchmarks;

/// <summary>
/// A synthetic connector project of <see cref="FileCount"/> files: connectors split over partial
/// files with lifecycle hooks (a webhook registered after a local-URL check, state stored and cleared,
/// a guarded write-back hook, an allowed outbound URL), callbacks, activity mappers (sources, meta,
/// notes, initial-sync flags), state records and link types, plus the callback and state baselines
/// recording every callback and stored shape. Every rule has work to do and reports nothing.
/// </summary>
internal static class ConnectorProject
{
    public const int FilesPerConnector = 10;
    public const int FileCount = 1000;

    /// <summary>
    /// The project as its compiler sees it once the Twister generators ran (their output, the typed
    /// <c>Tools</c> and <c>Callbacks</c>, is part of it; the generators' own cost is not measured here).
    /// </summary>
    public static Compilation CreateCompilation()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var sources = CSharpCompilation.Create(
            "Connectors",
            Sources().Select(source => CSharpSyntaxTree.ParseText(source.Text, options, source.Path)),
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Twister.ConnectorAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(
                [new Twister.Generators.Connectors.ConnectorGenerator().AsSourceGenerator(), new Twister.Generators.LinkTypes.LinkTypeGenerator().AsSourceGenerator()],
                parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(sources, out var compilation, out _);
        return compilation;
    }

    /// <summary>The project's source files (relative path and text): the global usings, then each connector's files.</summary>
    public static IEnumerable<(string Path, string Text)> Sources()
    {
        yield return ("GlobalUsings.cs", GlobalUsings);
        for (var connector = 0; connector < FileCount / FilesPerConnector; connector++)
        {
            yield return ($"C{connector}/Connector.cs", Declaration(connector));
            for (var part = 0; part < 4; part++)
            {
                yield return ($"C{connector}/Callbacks{part}.cs", Callbacks(connector, part));
                yield return ($"C{connector}/Mapper{part}.cs", Mapper(connector, part));
            }
            yield return ($"C{connector}/Model.cs", Model(connector));
        }
    }

    public static ImmutableArray<AdditionalText> Baselines()
        => [.. BaselineFiles().Select(file => (AdditionalText)new InMemoryText("/p/" + file.Name, file.Text))];

    /// <summary>
    /// The baselines (file name and text): Callbacks.Shipped records all 900 callbacks, State.Shipped
    /// the 100 stored state records; both Unshipped files are empty.
    /// </summary>
    public static IEnumerable<(string Name, string Text)> BaselineFiles()
    {
        var callbacks = new List<string>();
        var states = new List<string>();
        for (var connector = 0; connector < FileCount / FilesPerConnector; connector++)
        {
            callbacks.Add($"Bench.Connector{connector}:OnWebhook(string channelId)");
            for (var part = 0; part < 4; part++)
            {
                callbacks.Add($"Bench.Connector{connector}:SyncBatch{part}(string channelId, int page)");
                callbacks.Add($"Bench.Connector{connector}:Refresh{part}(Bench.State{connector} state, Bench.Mode{connector} mode)");
            }
            states.Add($"Bench.State{connector}(string cursor, int batch, bool initialSync, System.Collections.Generic.List<string> seen)");
        }
        callbacks.Sort(StringComparer.Ordinal);
        states.Sort(StringComparer.Ordinal);
        yield return ("Callbacks.Shipped.txt", string.Join("\n", callbacks) + "\n");
        yield return ("Callbacks.Unshipped.txt", "");
        yield return ("State.Shipped.txt", string.Join("\n", states) + "\n");
        yield return ("State.Unshipped.txt", "");
    }

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Twister;
        """;

    private static string Declaration(int c) => $$"""
        namespace Bench;

        [Connector("service{{c}}", HandleReplies = true)]
        [NetworkAccess("https://api.service{{c}}.example/*")]
        public sealed partial class Connector{{c}} : Connector<Connector{{c}}>
        {
            public override Task<IReadOnlyList<Channel>> GetChannelsAsync(Authorization authorization, AuthToken token, CancellationToken cancellationToken)
                => Task.FromResult<IReadOnlyList<Channel>>([new Channel("c{{c}}", "Channel {{c}}")]);

            public override async Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken)
            {
                var url = await Tools.Network.CreateWebhookAsync(Callbacks.OnWebhook(channel.Id), cancellationToken);
                await Store.SetAsync($"webhook_{channel.Id}", url, cancellationToken);
                if (!WebhookUrl.IsLocal(url))
                    await Tools.Network.Http.PostAsync("https://api.service{{c}}.example/webhooks", new StringContent(url), cancellationToken);
                await Store.SetAsync($"state_{channel.Id}", new State{{c}}(null, 0, true, []), cancellationToken);
                await Tools.Tasks.RunTaskAsync(Callbacks.SyncBatch0(channel.Id, 0), cancellationToken);
            }

            public override async Task OnChannelDisabledAsync(Channel channel, CancellationToken cancellationToken)
            {
                if (await Store.GetAsync<string>($"webhook_{channel.Id}", cancellationToken) is { } url)
                    await Tools.Network.DeleteWebhookAsync(url, cancellationToken);
                await Store.ClearAsync($"webhook_{channel.Id}", cancellationToken);
                await Store.ClearAsync($"state_{channel.Id}", cancellationToken);
            }

            public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken cancellationToken)
            {
                if (note.Author.Type == ActorType.Twist) return null;
                using var response = await Tools.Network.Http.PostAsync($"https://api.service{{c}}.example/comments/{thread.Id}", new StringContent(note.Content ?? ""), cancellationToken);
                return new NoteWriteBackResult(thread.Id, note.Content);
            }

            [Callback]
            private Task OnWebhook(WebhookRequest request, string channelId) => Task.CompletedTask;
        }
        """;

    private static string Callbacks(int c, int p) => $$"""
        namespace Bench;

        public sealed partial class Connector{{c}}
        {
            [Callback]
            private async Task SyncBatch{{p}}(string channelId, int page, CancellationToken ct = default)
            {
                var items = Enumerable.Range(page * 10, 10).Select(i => new Item{{c}}($"id-{i}", $"KEY-{i}", $"Title {i}", $"<p>{i}</p>")).ToList();
                var activities = new List<NewActivity>();
                foreach (var item in items)
                    activities.Add(Mapper{{c}}_{{p}}.ToActivity(item, channelId, initialSync: page == 0));
                await Task.Yield();
            }

            [Callback]
            private Task Refresh{{p}}(State{{c}} state, Mode{{c}} mode) => Task.CompletedTask;
        }
        """;

    private static string Mapper(int c, int p) => $$"""
        namespace Bench;

        public sealed partial class Connector{{c}}
        {
            private static class Mapper{{c}}_{{p}}
            {
                public static NewActivity ToActivity(Item{{c}} item, string channelId, bool initialSync)
                {
                    var prefix = "service{{c}}:item:";
                    var activity = new NewActivity
                    {
                        Source = prefix + item.Id,
                        Title = $"{item.Key}: {item.Title}",
                        Meta = new ActivityMeta { SyncProvider = "service{{c}}", ChannelId = channelId },
                        Notes = [new NewNote { Key = "description", Content = item.Html, ContentType = ContentType.Html }],
                        Unread = initialSync ? false : null,
                        Archived = initialSync ? false : null,
                    };
                    return item.Title.Length > 100 ? activity with { Title = item.Title.Substring(0, 100) } : activity;
                }
            }
        }
        """;

    private static string Model(int c) => $$"""
        namespace Bench;

        public sealed record Item{{c}}(string Id, string Key, string Title, string Html);
        public sealed record State{{c}}(string? Cursor, int Batch, bool InitialSync, List<string> Seen);
        public enum Mode{{c}} { Fast, Full }

        [LinkType("item{{c}}")]
        public enum Status{{c}}
        {
            [Status("open", "Open", CreateDefault = true)] Open,
            [Status("done", "Done", Done = true)] Done,
        }
        """;

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
