using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Shape;

namespace Twister.Analyzers.Benchmarks;

/// <summary>Every analyzer shipped in the Twister.Generators assembly.</summary>
internal static class TwisterAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All()
        => typeof(ConnectorShapeAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
