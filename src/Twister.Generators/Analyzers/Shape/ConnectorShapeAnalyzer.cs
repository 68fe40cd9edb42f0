using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Callbacks.Parsing;
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
        context.RegisterCompilationStartAction(start =>
        {
            var connectorAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.ConnectorAttribute);
            var connectorBase = start.Compilation.GetTypeByMetadataName(KnownNames.ConnectorBase);
            if (connectorAttribute is null || connectorBase is null) return;
            start.RegisterSymbolAction(symbol => Analyze(symbol, connectorAttribute, connectorBase), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connectorAttribute, INamedTypeSymbol connectorBase)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!HasAttribute(type, connectorAttribute)) return;

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is ClassDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConnectorMustBePartial, declaration.Identifier.GetLocation(), type.Name));
            }
        }

        if (!DerivesFromConnectorOfItself(type, connectorBase))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConnectorMustDeriveFromConnectorOfSelf, type.Locations[0], type.Name));
    }

    /// <summary>Whether <paramref name="type"/> passes TWIST0002: its base class is <c>Connector&lt;itself&gt;</c>.</summary>
    internal static bool DerivesFromConnectorOfItself(INamedTypeSymbol type, INamedTypeSymbol connectorBase)
        => SymbolEqualityComparer.Default.Equals(type.BaseType, connectorBase.Construct(type));

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)) return true;
        }
        return false;
    }
}
