using Twister.Generators.Analyzers.States;
using Twister.Generators.Tests.Analyzers.Infrastructure;
using Verify = Twister.Generators.Tests.Analyzers.Infrastructure.TwisterAnalyzerTest<Twister.Generators.Analyzers.States.StateVersioningAnalyzer>;

namespace Twister.Generators.Tests.Analyzers.States;

public sealed class StateVersioningAnalyzerTests
{
    private const string Stores = """
            private Task Save(SyncState state) => Store.SetAsync("sync_state", state).AsTask();
        """;

    private static (string, string) Shipped(params string[] lines) => ("State.Shipped.txt", string.Join("\n", lines) + "\n");

    private static readonly (string, string) OptedIn = ("Callbacks.Unshipped.txt", "");

    private static Task VerifyAsync(string types, params (string, string)[] files)
        => Verify.VerifyAsync(ConnectorSource.Connector(Stores, types), files);

    [Fact]
    public Task A_project_without_any_baseline_file_is_not_checked()
        => VerifyAsync("public sealed record SyncState(string? Cursor, int Batch);");

    [Fact]
    public Task Unrecorded_stored_shapes_and_the_shapes_they_reach_are_TWIST1008()
        => VerifyAsync("""
            public sealed record {|TWIST1008:SyncState|}(string? Cursor, Progress Progress, List<Mode> Modes);
            public sealed record {|TWIST1008:Progress|}(int Done, int Total);
            public enum {|TWIST1008:Mode|} { Fast, Full }
            """, OptedIn);

    [Fact]
    public Task A_shape_in_Unshipped_or_unchanged_in_Shipped_is_clean()
        => VerifyAsync("""
            public sealed record SyncState(string? Cursor, int Batch, Mode Mode);
            public enum Mode { Fast, Full, Incremental }
            """,
            Shipped("Demo.SyncState(string cursor, int batch, Demo.Mode mode)"),
            ("State.Unshipped.txt", "Demo.Mode{Fast, Full, Incremental}\n"));

    [Fact]
    public Task Members_added_with_a_default_are_clean_and_without_one_TWIST1011()
        => VerifyAsync("""
            public sealed record SyncState(string? Cursor, int Batch, int {|TWIST1011:Owner|}, bool Force = false)
            {
                public DateTimeOffset? Since { get; init; }
                public required string {|TWIST1011:Team|} { get; init; }
            }
            """,
            Shipped("Demo.SyncState(string cursor, int batch)"));

    [Fact]
    public Task A_removed_or_renamed_member_is_TWIST1009_and_a_retyped_one_TWIST1010()
        => VerifyAsync("""
            public sealed record {|TWIST1009:SyncState|}(long {|TWIST1010:Batch|}, Mode Mode = Mode.Fast, string? NextCursor = null);
            public enum {|TWIST1009:Mode|} { Fast }
            """,
            Shipped("Demo.SyncState(string cursor, int batch)", "Demo.Mode{Fast, Full}"));

    [Fact]
    public Task A_shipped_shape_no_longer_stored_is_TWIST1012_on_its_line_unless_retired()
        => VerifyAsync("""
            public sealed record SyncState(string? Cursor);
            """,
            Shipped("Demo.SyncState(string cursor)", "{|TWIST1012:Demo.OldState(string cursor)|}", "*RETIRED*Demo.Legacy(int page)"));

    [Fact]
    public void Lines_parse_back_into_their_members()
    {
        var entry = StateBaseline.ParseLine("Demo.SyncState(string cursor, System.Collections.Generic.Dictionary<string, int> counts, int batch = 1)")!;
        Assert.Equal("Demo.SyncState", entry.TypeName);
        Assert.False(entry.IsEnum);
        Assert.Equal(["cursor", "counts", "batch"], entry.Members.Select(m => m.Name));
        Assert.Equal("System.Collections.Generic.Dictionary<string, int>", entry.Members[1].Type);
        Assert.Equal("1", entry.Members[2].DefaultValue);
        Assert.Equal(["Fast", "Full"], StateBaseline.ParseLine("Demo.Mode{Fast, Full}")!.Members.Select(m => m.Name));
        Assert.Null(StateBaseline.ParseLine("Demo.Broken(string"));
    }
}
