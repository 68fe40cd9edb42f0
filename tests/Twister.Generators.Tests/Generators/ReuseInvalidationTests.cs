using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Twister.Generators.Tests.Infrastructure;

namespace Twister.Generators.Tests.Generators;

/// <summary>
/// Edits in another file that change what a connector's code means must regenerate it: every test runs
/// one generator instance across the edit, checks its files equal a fresh generator's, and checks the
/// change itself (compiling and running the result where behaviour is at stake).
/// </summary>
public sealed class ReuseInvalidationTests
{
    private const string SavingConnector = $$"""
        namespace App;

        [Connector("app")]
        public sealed partial class AppConnector : Connector<AppConnector>
        {
        {{ReuseHarness.Overrides}}
            [Callback("save")]
            private Task Save(Payload payload, CancellationToken ct) => Store.SetAsync("saved", payload, ct).AsTask();

            [Callback("remember")]
            private async Task Remember(string text, CancellationToken ct) => await Store.SetAsync("state", new State(text), ct);
        }
        """;

    [Fact]
    public async Task A_callback_parameter_record_gaining_a_member_in_another_file_is_regenerated()
    {
        var harness = new ReuseHarness(SavingConnector, "namespace App; public sealed record Payload(string Text); public sealed record State(string Text);");

        harness.RunChanged(ReuseHarness.Replace(1, "namespace App; public sealed record Payload(string Text, int Extra); public sealed record State(string Text);"));

        var runtime = harness.Load("App.AppConnector");
        await runtime.InvokeAsync("save", """[{"text":"a","extra":7}]""");
        Assert.Equal("""{"text":"a","extra":7}""", runtime.Json("saved"));
    }

    [Fact]
    public void A_stored_record_gaining_a_member_in_another_file_is_regenerated()
    {
        var harness = new ReuseHarness(SavingConnector, "namespace App; public sealed record Payload(string Text); public sealed record State(string Text);");

        harness.RunChanged(ReuseHarness.Replace(1, "namespace App; public sealed record Payload(string Text); public sealed record State(string Text) { public int Counter { get; set; } }"));

        Assert.Contains("Counter", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_using_change_in_the_records_file_that_retargets_a_member_type_is_regenerated()
    {
        const string Libraries = "namespace LibA { public sealed record Inner(int Alpha); } namespace LibB { public sealed record Inner(string Beta); }";
        var harness = new ReuseHarness(SavingConnector, "using LibA; namespace App { public sealed record Payload(Inner Value); public sealed record State(string Text); }", Libraries);
        Assert.Contains("Alpha", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(ReuseHarness.Replace(1, "using LibB; namespace App { public sealed record Payload(Inner Value); public sealed record State(string Text); }"));

        Assert.Contains("global::LibB.Inner", harness.File("AppConnector"), StringComparison.Ordinal);
        Assert.DoesNotContain("global::LibA.Inner", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_new_file_shadowing_a_callback_parameter_type_in_the_connectors_namespace_is_regenerated()
    {
        var harness = new ReuseHarness("using Lib;\n" + SavingConnector, "namespace Lib; public sealed record Payload(string Text); public sealed record State(string Text);");
        Assert.Contains("global::Lib.Payload", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(ReuseHarness.Add("namespace App; public sealed record Payload(int Number);"));

        Assert.Contains("global::App.Payload", harness.File("AppConnector"), StringComparison.Ordinal);
        Assert.DoesNotContain("global::Lib.Payload", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_new_namespace_named_like_a_callback_parameter_type_is_regenerated()
    {
        var harness = new ReuseHarness("using Lib;\n" + SavingConnector, "namespace Lib; public sealed record Payload(string Text); public sealed record State(string Text);");
        Assert.Contains("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal);

        // Inside namespace App, the simple name Payload now finds the namespace App.Payload first.
        harness.RunChanged(ReuseHarness.Add("namespace App.Payload { internal static class Marker; }"));

        Assert.DoesNotContain("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("global using Lib;")]
    [InlineData("global using Payload = Lib.Payload;")]
    public void A_global_using_added_in_another_file_is_regenerated(string directive)
    {
        var harness = new ReuseHarness(SavingConnector, "namespace Lib { public sealed record Payload(string Text); } namespace App { public sealed record State(string Text); }");
        Assert.DoesNotContain("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal); // Payload does not bind: the callback is skipped

        harness.RunChanged(ReuseHarness.Add(directive, "Globals.cs"));

        Assert.Contains("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal);
        Assert.Contains("global::Lib.Payload", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public async Task Constants_in_attributes_and_default_values_changed_in_another_file_are_regenerated()
    {
        const string Connector = $$"""
            namespace App;

            [Connector(Names.Connector)]
            public sealed partial class AppConnector : Connector<AppConnector>
            {
            {{ReuseHarness.Overrides}}
                [Callback(Names.Key)]
                private Task Sync(string channel, int batch = Names.Batch, CancellationToken ct = default) => Store.SetAsync("called", $"{channel} {batch}", ct).AsTask();
            }
            """;
        var harness = new ReuseHarness(Connector, "namespace App; public static class Names { public const string Connector = \"first\"; public const string Key = \"sync-1\"; public const int Batch = 10; }");

        harness.RunChanged(ReuseHarness.Replace(1, "namespace App; public static class Names { public const string Connector = \"second\"; public const string Key = \"sync-2\"; public const int Batch = 20; }"));

        var runtime = harness.Load("App.AppConnector");
        await runtime.InvokeAsync("sync-2", """["team"]""");
        Assert.Equal("\"team 20\"", runtime.Json("called"));
        Assert.Contains("\"second\"", harness.File("AppConnector"), StringComparison.Ordinal);
        Assert.DoesNotContain("sync-1", harness.File("AppConnector"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_method_in_another_file_changing_the_stored_type_is_regenerated()
    {
        const string Connector = $$"""
            namespace App;

            [Connector("app")]
            public sealed partial class AppConnector : Connector<AppConnector>
            {
            {{ReuseHarness.Overrides}}
                [Callback]
                private Task Save(string text, CancellationToken ct) => Store.SetAsync("s", text.ToSnapshot(), ct).AsTask();
            }
            """;
        const string Records = "namespace App; public sealed record First(string Text); public sealed record Second(string Text, int Length);";
        var harness = new ReuseHarness(Connector, Records, "namespace App; public static class Snapshots { public static First ToSnapshot(this string text) => new(text); }");
        Assert.Contains("global::App.First", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(ReuseHarness.Replace(2, "namespace App; public static class Snapshots { public static Second ToSnapshot(this string text) => new(text, text.Length); }"));

        Assert.Contains("global::App.Second", harness.File("AppConnector"), StringComparison.Ordinal);
        Assert.DoesNotContain("global::App.First", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_base_class_in_another_file_gaining_a_nested_type_that_shadows_a_stored_type_is_regenerated()
    {
        const string Connector = $$"""
            namespace App;

            public sealed record Snapshot(string Text);

            [Connector("app")]
            public sealed partial class AppConnector : AppBase
            {
            {{ReuseHarness.Overrides}}
                [Callback]
                private async Task Load(string key, CancellationToken ct) => _ = await Store.GetAsync<Snapshot>(key, ct);
            }
            """;
        var harness = new ReuseHarness(Connector, "namespace App; public abstract class AppBase : Connector<AppConnector>;");
        Assert.Contains("global::App.Snapshot", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(ReuseHarness.Replace(1, "namespace App; public abstract class AppBase : Connector<AppConnector> { public sealed record Snapshot(int Count); }"));

        Assert.Contains("global::App.AppBase.Snapshot", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_partial_part_in_another_file_gaining_a_callback_is_regenerated()
    {
        var harness = new ReuseHarness(SavingConnector, "namespace App; public sealed record Payload(string Text); public sealed record State(string Text);", "namespace App; public sealed partial class AppConnector;");

        harness.RunChanged(ReuseHarness.Replace(2, "namespace App; public sealed partial class AppConnector { [Callback(\"extra\")] private Task Extra(long id, CancellationToken ct) => Store.SetAsync(\"extra\", id, ct).AsTask(); }"));

        Assert.Contains("\"extra\"", harness.File("AppConnector"), StringComparison.Ordinal);
        harness.Load("App.AppConnector");
    }

    [Fact]
    public void A_removed_connector_loses_its_file_and_a_renamed_one_gets_a_new_file()
    {
        const string Records = "namespace App; public sealed record Payload(string Text); public sealed record State(string Text);";
        var harness = new ReuseHarness(SavingConnector, Records);

        harness.RunChanged(ReuseHarness.Replace(0, SavingConnector.Replace("AppConnector", "RenamedConnector", StringComparison.Ordinal)));
        Assert.Single(harness.Files);
        Assert.Contains("RenamedConnector", Assert.Single(harness.Files).Key, StringComparison.Ordinal);

        harness.RunChanged(ReuseHarness.Replace(0, "namespace App; public sealed class NotAConnector;"));
        Assert.Empty(harness.Files);
    }

    [Fact]
    public void A_metadata_reference_added_or_removed_is_regenerated()
    {
        var library = LibraryReference("namespace Lib; public sealed record Payload(string Text, int Number);");
        var harness = new ReuseHarness("using Lib;\n" + SavingConnector, "namespace App { public sealed record State(string Text); }");
        Assert.DoesNotContain("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(c => c.AddReferences(library));
        Assert.Contains("global::Lib.Payload", harness.File("AppConnector"), StringComparison.Ordinal);

        harness.RunChanged(c => c.WithReferences(c.References.Where(r => r != library)));
        Assert.DoesNotContain("\"save\"", harness.File("AppConnector"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_compilation_options_rebind_every_connector()
    {
        var harness = new ReuseHarness(SavingConnector, "namespace App; public sealed record Payload(string Text); public sealed record State(string Text);");
        var binds = harness.Generator.Reuse.Binds;

        harness.Run(c => c.WithOptions(((CSharpCompilationOptions)c.Options).WithNullableContextOptions(NullableContextOptions.Disable)));

        Assert.Equal(binds + 1, harness.Generator.Reuse.Binds);
    }

    private static MetadataReference LibraryReference(string source)
    {
        var compilation = CSharpCompilation.Create("Library", [CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions)], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
