using Twister.Generators.Analyzers.Lifecycle.CreateLink;
using Twister.Generators.Analyzers.Lifecycle.WriteBack;
using Twister.Generators.CodeFixes.Lifecycle;
using Twister.Generators.CodeFixes.Tests.Infrastructure;

namespace Twister.Generators.CodeFixes.Tests.Lifecycle;

/// <summary>The fixes of TWIST4003 (HandleReplies), TWIST4004 (remove the save) and TWIST4005 (add the loop guard).</summary>
public sealed class WriteBackFixesTests
{
    private const string Enabled = """
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

        """;

    [Fact]
    public async Task HandleReplies_is_set_on_the_attribute_in_another_part_of_the_class()
    {
        var test = new TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>
        {
            TestState =
            {
                Sources =
                {
                    ("Connector.cs", TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>.WithHooks(Enabled, arguments: ", Scopes = [\"read\"]")),
                    ("WriteBack.cs", """
                        namespace Demo;

                        public sealed partial class IssueConnector
                        {
                            public override Task<NoteWriteBackResult?> {|TWIST4003:OnNoteCreatedAsync|}(Note note, PlotThread thread, CancellationToken ct)
                                => Task.FromResult<NoteWriteBackResult?>(null);
                        }
                        """),
                },
            },
            FixedState =
            {
                Sources =
                {
                    ("Connector.cs", TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>.WithHooks(Enabled, arguments: ", Scopes = [\"read\"], HandleReplies = true")),
                    ("WriteBack.cs", """
                        namespace Demo;

                        public sealed partial class IssueConnector
                        {
                            public override Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
                                => Task.FromResult<NoteWriteBackResult?>(null);
                        }
                        """),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task HandleReplies_without_hooks_is_removed()
        => TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>.VerifyAsync(
            TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>.WithHooks(Enabled, arguments: ", Scopes = [\"read\"], {|TWIST4003:HandleReplies = true|}"),
            TwisterCodeFixTest<HandleRepliesAnalyzer, HandleRepliesCodeFix>.WithHooks(Enabled, arguments: ", Scopes = [\"read\"]"));

    [Fact]
    public Task The_save_statement_is_removed()
        => TwisterCodeFixTest<CreateLinkSaveAnalyzer, RemovePlotSaveCodeFix>.VerifyGeneratedAsync(
            TwisterCodeFixTest<CreateLinkSaveAnalyzer, RemovePlotSaveCodeFix>.WithHooks(Enabled + """
                public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken ct)
                {
                    var link = new NewLinkWithNotes { Source = "x:1", Title = draft.Title };
                    await {|TWIST4004:Tools.Plot.CreateActivityAsync(new NewActivity { Source = link.Source, Title = link.Title }, ct)|}.ConfigureAwait(false);
                    return link;
                }
            """),
            TwisterCodeFixTest<CreateLinkSaveAnalyzer, RemovePlotSaveCodeFix>.WithHooks(Enabled + """
                public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken ct)
                {
                    var link = new NewLinkWithNotes { Source = "x:1", Title = draft.Title };
                    return link;
                }
            """));

    [Fact]
    public Task The_guard_goes_first_in_a_block_body()
        => TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.VerifyAsync(
            TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.WithHooks(Enabled + """
                public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
                {
                    var id = await {|TWIST4005:new ServiceClient().CreateCommentAsync(thread.Id, note.Content ?? "", ct)|};
                    return new NoteWriteBackResult(id, note.Content);
                }
            """, arguments: ", HandleReplies = true"),
            TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.WithHooks(Enabled + """
                public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
                {
                    if (note.Author.Type == ActorType.Twist) return null;
                    var id = await new ServiceClient().CreateCommentAsync(thread.Id, note.Content ?? "", ct);
                    return new NoteWriteBackResult(id, note.Content);
                }
            """, arguments: ", HandleReplies = true"));

    [Fact]
    public Task An_expression_body_becomes_a_block()
        => TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.VerifyAsync(
            TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.WithHooks(Enabled + """
                public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note changed, PlotThread thread, CancellationToken ct)
                    => new NoteWriteBackResult(await {|TWIST4005:new ServiceClient().CreateCommentAsync(thread.Id, changed.Content ?? "", ct)|});
            """, arguments: ", HandleReplies = true"),
            TwisterCodeFixTest<WriteBackLoopGuardAnalyzer, AddLoopGuardCodeFix>.WithHooks(Enabled + """
                public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note changed, PlotThread thread, CancellationToken ct)
                {
                    if (changed.Author.Type == ActorType.Twist) return null;
                    return new NoteWriteBackResult(await new ServiceClient().CreateCommentAsync(thread.Id, changed.Content ?? "", ct));
                }
            """, arguments: ", HandleReplies = true"));
}
