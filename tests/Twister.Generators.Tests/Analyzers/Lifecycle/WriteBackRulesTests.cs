using Twister.Generators.Analyzers.Lifecycle.CreateLink;
using Twister.Generators.Analyzers.Lifecycle.WriteBack;
using Twister.Generators.Tests.Analyzers.Infrastructure;

namespace Twister.Generators.Tests.Analyzers.Lifecycle;

/// <summary>TWIST4003 (HandleReplies and the write-back hooks), TWIST4004 (OnCreateLink saves) and TWIST4005 (the loop guard).</summary>
public sealed class WriteBackRulesTests
{
    private const string Enabled = """
            public override Task OnChannelEnabledAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;
        """;

    private const string NoteCreated = """
            public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
            {
                if (note.Author.Type == ActorType.Twist) return null;
                var id = await new ServiceClient().CreateCommentAsync(thread.Id, note.Content ?? "", ct);
                return new NoteWriteBackResult(id, note.Content);
            }
        """;

    [Fact]
    public Task Hooks_with_HandleReplies_and_neither_are_clean()
        => Task.WhenAll(
            TwisterAnalyzerTest<HandleRepliesAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled + NoteCreated, arguments: ", HandleReplies = true")),
            TwisterAnalyzerTest<HandleRepliesAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled)));

    [Fact]
    public Task Hooks_without_HandleReplies_are_TWIST4003()
        => TwisterAnalyzerTest<HandleRepliesAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled + """
                public override Task<NoteWriteBackResult?> {|TWIST4003:OnNoteUpdatedAsync|}(Note note, PlotThread thread, CancellationToken ct)
                    => Task.FromResult<NoteWriteBackResult?>(null);
            """));

    [Fact]
    public Task HandleReplies_without_hooks_is_TWIST4003()
        => TwisterAnalyzerTest<HandleRepliesAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled, arguments: ", {|TWIST4003:HandleReplies = true|}"));

    [Fact]
    public Task Saving_into_Plot_from_OnCreateLink_or_its_helpers_is_TWIST4004()
        => TwisterAnalyzerTest<CreateLinkSaveAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken ct)
                {
                    await {|TWIST4004:Tools.Plot.CreateActivityAsync(new NewActivity { Source = "x:1", Title = draft.Title }, ct)|};
                    await SaveAsync(draft, ct);
                    return new NewLinkWithNotes { Source = "x:1", Title = draft.Title };
                }

                private async Task SaveAsync(CreateLinkDraft draft, CancellationToken ct)
                    => await {|TWIST4004:Tools.Plot.CreateActivityAsync(new NewActivity { Source = "x:2" }, ct)|};

                [Callback] private async Task SyncBatch(string channelId) => await Tools.Plot.CreateActivityAsync(new NewActivity { Source = "x:3" });
            """));

    [Fact]
    public Task Returning_the_link_is_clean()
        => TwisterAnalyzerTest<CreateLinkSaveAnalyzer>.VerifyGeneratedAsync(ConnectorSource.WithHooks(Enabled + """
                public override async Task<NewLinkWithNotes?> OnCreateLinkAsync(CreateLinkDraft draft, CancellationToken ct)
                {
                    var id = await new ServiceClient().CreateCommentAsync(draft.ChannelId, draft.Title, ct);
                    return new NewLinkWithNotes { Source = "x:" + id, Title = draft.Title };
                }
            """));

    [Theory]
    [InlineData("if (note.Author.Type == ActorType.Twist) return null;")]
    [InlineData("if (note.Author is { Type: ActorType.Twist }) { return null; }")]
    [InlineData("if (note.Author.Type is ActorType.Twist || note.Content is null) return null;")]
    public Task A_guard_before_the_write_is_clean(string guard)
        => TwisterAnalyzerTest<WriteBackLoopGuardAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled + $$"""
                public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
                {
                    var issue = await new ServiceClient().GetIssueAsync(thread.Id, ct);
                    {{guard}}
                    var id = await new ServiceClient().CreateCommentAsync(issue, note.Content ?? "", ct);
                    return new NoteWriteBackResult(id, note.Content);
                }
            """, arguments: ", HandleReplies = true"));

    [Fact]
    public Task A_write_inside_a_negated_check_is_clean_and_an_unguarded_one_is_TWIST4005()
        => TwisterAnalyzerTest<WriteBackLoopGuardAnalyzer>.VerifyAsync(ConnectorSource.WithHooks(Enabled + """
                public override async Task<NoteWriteBackResult?> OnNoteCreatedAsync(Note note, PlotThread thread, CancellationToken ct)
                {
                    if (note.Author.Type != ActorType.Twist) await new ServiceClient().CreateCommentAsync(thread.Id, note.Content ?? "", ct);
                    return null;
                }

                public override async Task<NoteWriteBackResult?> OnNoteUpdatedAsync(Note note, PlotThread thread, CancellationToken ct)
                {
                    await {|TWIST4005:PushAsync(thread.Id, note.Content, ct)|};
                    return null;
                }

                private async Task PushAsync(string id, string? content, CancellationToken ct)
                    => await new ServiceClient().CreateCommentAsync(id, content ?? "", ct);
            """, arguments: ", HandleReplies = true"));
}
