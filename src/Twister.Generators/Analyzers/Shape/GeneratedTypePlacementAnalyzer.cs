using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>
/// TWIST0007: a <c>[Connector]</c> class or <c>[LinkType]</c> enum the generators skip because it is
/// nested or generic, or a connector class they skip because it is abstract, static or has no
/// parameterless constructor. Without it the user only sees the missing generated members as compiler
/// errors.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedTypePlacementAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.GeneratedTypeMustBeTopLevelAndNonGeneric);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var (kind, problem) = type.TypeKind switch
        {
            TypeKind.Class when ConnectorDeclaration.AttributeOf(type) is not null
                => ("Connector class", ConnectorProblem(type)),
            TypeKind.Enum when Symbols.FindAttribute(type, KnownNames.LinkTypeAttribute) is not null
                => ("Link type", GeneratedTypePlacement.PlacementProblem(type)),
            _ => (null, null),
        };
        if (problem is null) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.GeneratedTypeMustBeTopLevelAndNonGeneric, type.Locations[0], kind, type.Name, problem));
    }

    /// <summary>
    /// The shared connector check, except that a class TWIST0002 already reports (a static class cannot
    /// derive from <c>Connector&lt;itself&gt;</c>, nor can a wrongly based abstract one) is not reported
    /// twice for being abstract, static or constructor-less; placement problems are always reported.
    /// </summary>
    private static string? ConnectorProblem(INamedTypeSymbol type)
    {
        if (GeneratedTypePlacement.PlacementProblem(type) is { } placement) return placement;
        var reportedByTwist0002 = !ConnectorDeclaration.DerivesFromConnectorOfItself(type);
        return reportedByTwist0002 ? null : GeneratedTypePlacement.ConnectorProblem(type);
    }
}
