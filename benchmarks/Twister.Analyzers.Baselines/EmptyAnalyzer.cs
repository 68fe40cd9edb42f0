using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Analyzers.Baselines;

/// <summary>
/// A measuring floor: an analyzer that reports nothing. What it registers decides what the analyzer
/// driver must do for it, so there is one subclass per kind of action the Twister analyzers use.
/// Each has its own (never reported) diagnostic id, so a build can switch each one off alone with
/// <c>dotnet_diagnostic.&lt;id&gt;.severity = none</c>, which makes the driver skip it.
/// </summary>
public abstract class EmptyAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor _never;

    /// <summary>Creates the analyzer with its own diagnostic id.</summary>
    protected EmptyAnalyzer(string id)
    {
        _never = new DiagnosticDescriptor(id, "never reported", "never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
        SupportedDiagnostics = ImmutableArray.Create(_never);
    }

    /// <summary>The id of the one diagnostic this analyzer declares (and never reports).</summary>
    public string Id => _never.Id;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        Register(context);
    }

    /// <summary>Registers the one no-op action.</summary>
    protected abstract void Register(AnalysisContext context);
}
