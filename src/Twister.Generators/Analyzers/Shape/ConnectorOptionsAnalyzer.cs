using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Common;
using Twister.Generators.Options.Parsing;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>
/// TWIST0008: connector options the generator cannot bind, decided by <see cref="OptionsDeclaration"/> as the
/// generator decides. An options type that is not a bindable class is reported on the connector's
/// <c>Options = typeof(...)</c>; an invalid <c>[Option]</c> property on the class that declares it, at the
/// attribute argument or the initializer at fault.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectorOptionsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidConnectorOptions);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.OptionAttribute) is null) return;
            start.RegisterSymbolAction(AnalyzeConnector, SymbolKind.NamedType);
            start.RegisterSymbolStartAction(StartOptionsClass, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeConnector(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (ConnectorDeclaration.AttributeOf(type) is not { } attribute
            || OptionsDeclaration.TypeOf(attribute) is not { TypeKind: not TypeKind.Error } options
            || OptionsDeclaration.TypeProblem(options, context.Compilation.Assembly) is not { } problem) return;
        var location = ArgumentSyntax(attribute, "Options", context.CancellationToken)?.Expression.GetLocation() ?? type.Locations[0];
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConnectorOptions, location, "Options type", options.Name, problem));
    }

    // The initializers are operations: collected while the class is analyzed, checked at its end.
    private static void StartOptionsClass(SymbolStartAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var own = OptionsDeclaration.OwnProperties(type).ToImmutableArray();
        if (own.IsEmpty) return;

        var initializers = new ConcurrentDictionary<IPropertySymbol, IOperation>(SymbolEqualityComparer.Default);
        context.RegisterOperationAction(operation =>
        {
            var initializer = (IPropertyInitializerOperation)operation.Operation;
            foreach (var property in initializer.InitializedProperties) initializers[property] = initializer.Value;
        }, OperationKind.PropertyInitializer);
        context.RegisterSymbolEndAction(end => AnalyzeOptionsClass(end, type, own, initializers));
    }

    private static void AnalyzeOptionsClass(
        SymbolAnalysisContext context, INamedTypeSymbol type,
        ImmutableArray<(IPropertySymbol Property, AttributeData Attribute)> own, ConcurrentDictionary<IPropertySymbol, IOperation> initializers)
    {
        var declarations = own.Select(p => (Declaration: OptionDeclaration.Read(p.Property, p.Attribute, initializers.TryGetValue(p.Property, out var value) ? value : null), p.Attribute)).ToList();
        foreach (var (declaration, attribute) in declarations)
        {
            foreach (var problem in declaration.Problems()) Report(context, type, declaration, attribute, problem);
        }

        // Keys are unique across the class and its base classes; each base class reports its own duplicates.
        var inherited = type.BaseType is { } baseType
            ? OptionsDeclaration.Properties(baseType).Select(p => OptionDeclaration.Read(p.Property, p.Attribute, null))
            : Enumerable.Empty<OptionDeclaration>();
        var attributes = declarations.ToDictionary(d => d.Declaration, d => d.Attribute);
        foreach (var (duplicate, first) in OptionsDeclaration.DuplicateKeys(inherited.Concat(declarations.Select(d => d.Declaration))))
        {
            if (!attributes.TryGetValue(duplicate, out var attribute)) continue;
            var problem = new OptionProblem($"has the key '{duplicate.Key}', already used by option '{first.Property.Name}'", duplicate.HasDeclaredKey ? "Key" : null);
            Report(context, type, duplicate, attribute, problem);
        }
    }

    private static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, OptionDeclaration option, AttributeData attribute, OptionProblem problem)
    {
        var location = problem.AtInitializer && option.Initializer is { } initializer ? initializer.Syntax.GetLocation()
            : problem.Argument is { } argument ? ArgumentSyntax(attribute, argument, context.CancellationToken)?.GetLocation()
            : null;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.InvalidConnectorOptions, location ?? option.Property.Locations[0], "Option", $"{type.Name}.{option.Property.Name}", problem.Reason));
    }

    private static AttributeArgumentSyntax? ArgumentSyntax(AttributeData attribute, string name, CancellationToken cancellationToken)
        => (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
}
