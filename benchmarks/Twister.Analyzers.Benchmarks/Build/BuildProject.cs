using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Analyzers.Baselines;
using Twister.Generators.Analyzers.Shape;

namespace Twister.Analyzers.Benchmarks.Build;

/// <summary>
/// The synthetic connector project written to a folder as a real net10.0 class library (Nullable
/// on), referencing the built Twister runtime and loading the built Twister.Generators assembly
/// (generators and analyzers) the way a consumer's compiler does, through <c>&lt;Analyzer&gt;</c>.
/// Which analyzers run is chosen per build with MSBuild properties (see <see cref="BuildConfiguration"/>).
/// </summary>
internal sealed class BuildProject
{
    private const string ProjectFile = "Connectors.csproj";

    private BuildProject(string directory) => Directory = directory;

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>The project file.</summary>
    public string ProjectPath => Path.Combine(Directory, ProjectFile);

    /// <summary>The file touched before each build so that the compiler runs again.</summary>
    public string TouchedFile => Path.Combine(Directory, "GlobalUsings.cs");

    /// <summary>Writes the project into a new temporary folder.</summary>
    public static BuildProject Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "twister-analyzers-build-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var (path, text) in ConnectorProject.Sources()) WriteFile(directory, path, text);
        foreach (var (name, text) in ConnectorProject.BaselineFiles()) WriteFile(directory, name, text);
        WriteFile(directory, "broken/Broken.cs", BrokenFile);
        WriteFile(directory, "twister-off.globalconfig", SeverityNone(TwisterAnalyzers.All().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)));
        WriteFile(directory, "empty-symbol-only.globalconfig", SeverityNone(OtherEmptyAnalyzerIds()));
        WriteFile(directory, ProjectFile, Project(
            runtime: typeof(Twister.ConnectorAttribute).Assembly.Location,
            // TWISTER_BENCH_GENERATORS names another build of Twister.Generators.dll (an earlier commit) to measure it on the same project.
            generators: Environment.GetEnvironmentVariable("TWISTER_BENCH_GENERATORS") is { Length: > 0 } other ? other : typeof(ConnectorShapeAnalyzer).Assembly.Location,
            empty: typeof(EmptySymbolActionAnalyzer).Assembly.Location));
        return new BuildProject(directory);
    }

    /// <summary>Deletes the project folder.</summary>
    public void Delete() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void WriteFile(string directory, string relativePath, string text)
    {
        var path = Path.Combine(directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>A global config that switches <paramref name="ids"/> off, so the analyzer driver skips analyzers reporting only those.</summary>
    private static string SeverityNone(IEnumerable<string> ids)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var id in ids.Distinct().Order(StringComparer.Ordinal)) text.Append("dotnet_diagnostic.").Append(id).Append(".severity = none\n");
        return text.ToString();
    }

    /// <summary>The empty analyzers' assembly holds one per kind of action; configuration E keeps only the symbol action.</summary>
    private static IEnumerable<string> OtherEmptyAnalyzerIds()
        => typeof(EmptyAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(EmptyAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(EmptySymbolActionAnalyzer))
            .Select(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Single().Id);

    private static string Project(string runtime, string generators, string empty) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <!-- GlobalUsings.cs holds the project's usings, as in the in-process benchmark. -->
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
          <PropertyGroup Condition="'$(BenchNetAnalyzers)' == 'false'">
            <EnableNETAnalyzers>false</EnableNETAnalyzers>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="Twister" HintPath="{{runtime}}" />
            <Analyzer Include="{{generators}}" />
            <AdditionalFiles Include="Callbacks.Shipped.txt;Callbacks.Unshipped.txt;State.Shipped.txt;State.Unshipped.txt" />
            <Compile Remove="broken/**" />
            <Compile Include="broken/Broken.cs" Condition="'$(BenchBroken)' == 'true'" />
          </ItemGroup>
          <ItemGroup Condition="'$(BenchTwister)' == 'off'">
            <GlobalAnalyzerConfigFiles Include="twister-off.globalconfig" />
          </ItemGroup>
          <ItemGroup Condition="'$(BenchEmpty)' == 'true'">
            <Analyzer Include="{{empty}}" />
            <GlobalAnalyzerConfigFiles Include="empty-symbol-only.globalconfig" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// Added only in the check build: an activity without a source (TWIST2002) and without meta
    /// (TWIST2003, TWIST2004), proof that the analyzers really run in the configurations that report 0.
    /// </summary>
    private const string BrokenFile = """
        namespace Bench;

        public sealed partial class Connector0
        {
            private static NewActivity Broken() => new NewActivity { Title = "no source, no meta" };
        }
        """;
}
