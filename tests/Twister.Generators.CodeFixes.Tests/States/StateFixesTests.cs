using System.Text;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.States;
using Twister.Generators.CodeFixes.Callbacks;
using Twister.Generators.CodeFixes.States;
using Twister.Generators.CodeFixes.Tests.Infrastructure;

namespace Twister.Generators.CodeFixes.Tests.States;

/// <summary>The fixes of TWIST1008 (record the shape in State.Unshipped.txt) and TWIST1011 (give a new member a default).</summary>
public sealed class StateFixesTests
{
    private static string Connector(string types) => TwisterCodeFixTest<StateVersioningAnalyzer, AddToStateBaselineCodeFix>.Connector("""
            private Task Save(SyncState state) => Store.SetAsync("sync_state", state).AsTask();
        """) + "\n" + types;

    [Fact]
    public async Task Fix_all_records_every_shape_sorted_in_a_new_State_Unshipped()
    {
        var test = new TwisterCodeFixTest<StateVersioningAnalyzer, AddToStateBaselineCodeFix>
        {
            TestCode = Connector("""
                public sealed record {|TWIST1008:SyncState|}(string? Cursor, Mode Mode, int Batch = 1);
                public enum {|TWIST1008:Mode|} { Fast, Full }
                """),
            FixedCode = Connector("""
                public sealed record SyncState(string? Cursor, Mode Mode, int Batch = 1);
                public enum Mode { Fast, Full }
                """),
            // Reported from the connector's symbol action on the record it stores: non-local, as an IDE's full-solution analysis shows it.
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        test.TestState.AdditionalFiles.Add(("Callbacks.Shipped.txt", ""));
        test.FixedState.AdditionalFiles.Add(("Callbacks.Shipped.txt", ""));
        test.FixedState.AdditionalFiles.Add(("State.Unshipped.txt", SourceText.From(
            "Demo.Mode{Fast, Full}\nDemo.SyncState(string cursor, Demo.Mode mode, int batch = 1)\n", new UTF8Encoding(false))));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_new_constructor_parameter_gets_a_default()
    {
        var test = new TwisterCodeFixTest<StateVersioningAnalyzer, AddDefaultValueCodeFix>
        {
            TestCode = Connector("public sealed record SyncState(string? Cursor, int {|TWIST1011:Retries|}, string {|TWIST1011:Owner|});"),
            FixedCode = Connector("public sealed record SyncState(string? Cursor, int Retries = default, string? Owner = null);"),
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        test.TestState.AdditionalFiles.Add(("State.Shipped.txt", "Demo.SyncState(string cursor)\n"));
        test.FixedState.AdditionalFiles.Add(("State.Shipped.txt", "Demo.SyncState(string cursor)\n"));
        await test.RunAsync();
    }
}
