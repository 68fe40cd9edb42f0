using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>TWIST0001/0002: the shape a <c>[Connector]</c> class needs for the generator to extend it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectorShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConnectorMustBePartial, Descriptors.ConnectorMustDeriveFromConnectorOfSelf);

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
        if (ConnectorDeclaration.AttributeOf(type) is null) return;

        foreach (var declaration in ConnectorDeclaration.NonPartialDeclarations(type, context.CancellationToken))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConnectorMustBePartial, declaration.Identifier.GetLocation(), type.Name));

        if (!ConnectorDeclaration.DerivesFromConnectorOfItself(type))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConnectorMustDeriveFromConnectorOfSelf, type.Locations[0], type.Name));
    }
}
