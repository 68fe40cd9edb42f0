using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Applies fixes the way <c>dotnet format analyzers --diagnostics ...</c> does: for each id in turn, it
/// re-runs the analyzers, asks the fix for the <em>first</em> diagnostic found (of any of the ids
/// asked for) for its equivalence key, and runs the fix's Fix All over the whole solution for that id.
/// </summary>
internal static class DotnetFormatFixAll
{
    /// <summary>Fixes <paramref name="ids"/> in a one-project solution of <paramref name="sources"/>; returns the texts after.</summary>
    public static async Task<(IReadOnlyDictionary<string, string> Sources, IReadOnlyDictionary<string, string> AdditionalFiles)> RunAsync(
        IEnumerable<(string Name, string Text)> sources,
        IEnumerable<(string Name, string Text)> additionalFiles,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixes,
        params string[] ids)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Demo", "Demo", LanguageNames.CSharp, filePath: "/Demo/Demo.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(ConnectorAttribute).Assembly.Location))));
        foreach (var (name, text) in sources.Append(("GlobalUsings.cs", Usings)))
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/Demo/" + name);
        foreach (var (name, text) in additionalFiles)
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(text), filePath: "/Demo/" + name);

        foreach (var id in ids)
        {
            var diagnostics = await DiagnosticsAsync(solution.GetProject(projectId)!, analyzers, ids);
            if (diagnostics.IsEmpty) continue;
            foreach (var fix in fixes.Where(f => f.FixableDiagnosticIds.Contains(id)))
                solution = await ApplyAsync(solution, diagnostics, fix, id);
        }

        var project = solution.GetProject(projectId)!;
        var sourcesAfter = new Dictionary<string, string>();
        foreach (var document in project.Documents.Where(d => d.Name != "GlobalUsings.cs"))
            sourcesAfter[document.Name] = (await document.GetTextAsync()).ToString();
        var filesAfter = new Dictionary<string, string>();
        foreach (var document in project.AdditionalDocuments)
            filesAfter[document.Name] = (await document.GetTextAsync()).ToString();
        return (sourcesAfter, filesAfter);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, string[] ids)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(project.AdditionalDocuments.Select(d => (AdditionalText)new DocumentText(d)).ToImmutableArray());
        var all = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => ids.Contains(d.Id)).ToImmutableArray();
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CodeFixProvider fix, string id)
    {
        var first = diagnostics.First(d => d.Location.SourceTree is not null);
        var document = solution.GetDocument(first.Location.SourceTree)!;
        CodeAction? action = null;
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
        var context = new FixAllContext(document, fix, FixAllScope.Solution, action?.EquivalenceKey!, [id], new Provider(diagnostics), CancellationToken.None);
        var fixAll = await fix.GetFixAllProvider()!.GetFixAsync(context)
                     ?? throw new InvalidOperationException($"{fix.GetType().Name} didn't return a Fix All action for {id}");
        var operations = await fixAll.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Twister;
        """;

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }

    private sealed class DocumentText(TextDocument document) : AdditionalText
    {
        public override string Path => document.FilePath ?? document.Name;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => document.GetTextAsync(cancellationToken).Result;
    }
}
