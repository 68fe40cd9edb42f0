using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>
/// TWIST0007: a <c>[Connector]</c> class or <c>[LinkType]</c> enum the generators skip because it is
/// nested or generic. Without it the user only sees the missing generated members as compiler errors.
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
        var kind = KindOf(type);
        if (kind is null || GeneratedTypePlacement.IsTopLevelAndNonGeneric(type)) return;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.GeneratedTypeMustBeTopLevelAndNonGeneric, type.Locations[0], kind, type.Name));
    }

    /// <summary>How the message names the type, or <see langword="null"/> when no generator extends it.</summary>
    private static string? KindOf(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class when CallbackSignature.FindAttribute(type, KnownNames.ConnectorAttribute) is not null => "Connector class",
        TypeKind.Enum when CallbackSignature.FindAttribute(type, KnownNames.LinkTypeAttribute) is not null => "Link type",
        _ => null,
    };
}
