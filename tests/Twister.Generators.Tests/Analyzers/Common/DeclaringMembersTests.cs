using System.Collections.Concurrent;
using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Tests.Analyzers.Common;

/// <summary>
/// The activity and HTML-stripping rules moved from syntax node actions to a per-file scan; TWIST3001's
/// call graph is keyed by the member holding each call, so the scan must name the same member the
/// analyzer driver gives a syntax node action, in every kind of member body.
/// </summary>
public sealed class DeclaringMembersTests
{
    private const string Source = """
        using System;
        using System.Linq;

        public record Base(string Text);

        public record Derived(string Value) : Base(Value.Trim());

        public class Holder
        {
            private static readonly string Field = "a".Trim(), Other = "b".ToUpper();
            private readonly Func<string, string> _lambdaField = s => s.Trim();
        public event Action? Raised = () => Console.WriteLine("raised".Trim()), Lowered = () => Console.WriteLine("lowered".Trim());

            public Holder() : this("x".Trim()) { }
            public Holder(string text) { Name = text.ToLower(); }

            public string Name { get; set; } = "n".Trim();
            public string Arrow => Name.Trim();
            public string Accessors
            {
                get { return Name.ToUpper(); }
                set { Name = value.Trim(); }
            }
            public string this[int i] => i.ToString();

            public event Action? Changed
            {
                add { Console.WriteLine("add".Trim()); }
                remove { Console.WriteLine("remove".Trim()); }
            }

            public string Method(string input)
            {
                var local = Helper(input.Trim());
                Func<string, string> lambda = x => x.ToUpper().Trim();
                return lambda(local) + new[] { "a" }.Select(a => a.Trim()).First();

                static string Helper(string value) => value.ToLower();
            }

            public static Holder operator +(Holder left, Holder right) => new(left.Name.Trim());

            public static implicit operator string(Holder holder) => holder.Name.Trim();

            ~Holder() { Console.WriteLine("gone".Trim()); }

            public class Nested
            {
                public string Inner() => "i".Trim();
            }
        }

        public enum Kind { A = 1, B = A + 1 }
        """;

    [Fact]
    public async Task Names_the_member_the_analyzer_driver_gives_to_syntax_node_actions()
    {
        var compilation = CSharpCompilation.Create(
            "Members",
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), "Members.cs")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var recorder = new ContainingSymbolRecorder();
        await compilation.WithAnalyzers([recorder]).GetAnalyzerDiagnosticsAsync();

        // The driver analyzes its own copy of the compilation: look members up in the model it used.
        var members = new DeclaringMembers(recorder.Seen.First().Model, CancellationToken.None);
        var mismatches = recorder.Seen
            .Where(seen => !SymbolEqualityComparer.Default.Equals(seen.Symbol, members.Of(seen.Node)))
            .Select(seen => $"{seen.Node}: driver {seen.Symbol?.ToDisplayString()}, scan {members.Of(seen.Node)?.ToDisplayString()}");
        Assert.Empty(mismatches);
        Assert.True(recorder.Seen.Count >= 25, $"only {recorder.Seen.Count} nodes compared");
    }

    /// <summary>Records the driver's containing symbol of every invocation and member access.</summary>
#pragma warning disable RS1001, RS1036, RS1038, RS1041 // a test probe run through CompilationWithAnalyzers only, never loaded by a compiler
    private sealed class ContainingSymbolRecorder : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036, RS1038, RS1041
    {
        public ConcurrentBag<(SyntaxNode Node, ISymbol? Symbol, SemanticModel Model)> Seen { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("PROBE", "probe", "probe", "Probe", DiagnosticSeverity.Hidden, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(
                node => Seen.Add((node.Node, node.ContainingSymbol, node.SemanticModel)),
                SyntaxKind.InvocationExpression, SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.AddExpression);
        }
    }
}
