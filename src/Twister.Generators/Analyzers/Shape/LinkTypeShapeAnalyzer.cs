using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>TWIST0005/0006: every member of a <c>[LinkType]</c> enum is a status, and at most one is the creation default.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinkTypeShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.LinkTypeMemberWithoutStatus, Descriptors.LinkTypeWithSeveralCreateDefaults);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.LinkTypeAttribute) is null) return;
            start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Enum || Symbols.FindAttribute(type, KnownNames.LinkTypeAttribute) is null) return;

        var sawCreateDefault = false;
        foreach (var member in type.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field) continue;
            var status = Symbols.FindAttribute(field, KnownNames.StatusAttribute);
            if (status is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.LinkTypeMemberWithoutStatus, field.Locations[0], field.Name, type.Name));
                continue;
            }
            if (!IsCreateDefault(status)) continue;
            if (sawCreateDefault)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.LinkTypeWithSeveralCreateDefaults, field.Locations[0], type.Name, field.Name));
            sawCreateDefault = true;
        }
    }

    private static bool IsCreateDefault(AttributeData status)
    {
        foreach (var argument in status.NamedArguments)
        {
            if (argument.Key == "CreateDefault" && argument.Value.Value is true) return true;
        }
        return false;
    }
}
