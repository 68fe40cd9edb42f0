using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Common;
using Twister.Generators.Options.Model;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.Options.Parsing;

/// <summary>
/// Reads the options class of a connector (<c>[Connector(Options = typeof(T))]</c>) into an <see cref="OptionsModel"/>.
/// An options class that <see cref="OptionsDeclaration"/> rejects yields <see langword="null"/>: the connector
/// is generated without options and TWIST0008 says why.
/// </summary>
internal static class OptionsParser
{
    public static OptionsModel? Read(INamedTypeSymbol connector, AttributeData connectorAttribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (OptionsDeclaration.TypeOf(connectorAttribute) is not INamedTypeSymbol type || OptionsDeclaration.TypeProblem(type, semanticModel.Compilation.Assembly) is not null) return null;

        var declarations = new List<OptionDeclaration>();
        foreach (var (property, attribute) in OptionsDeclaration.Properties(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declaration = OptionDeclaration.Read(property, attribute, InitializerOf(property, semanticModel, cancellationToken));
            if (declaration.Problems().Any()) return null; // TWIST0008
            declarations.Add(declaration);
        }
        if (OptionsDeclaration.DuplicateKeys(declarations).Any()) return null; // TWIST0008

        var options = declarations.Select(d => new OptionModel(
            SourceNames.Identifier(d.Property.Name), d.Key, d.Label!, d.Description, d.Kind, ReaderOf(d), d.DefaultValueText,
            d.Default.Value is { } value ? DefaultValueSource.Literal(value) : "null",
            d.Choices.Select(c => c!).ToEquatableArray(), d.Min, d.Max));
        return new OptionsModel(TypeShapeBuilder.NameOf(type), AccessibilityOf(connector, type), options.ToEquatableArray());
    }

    /// <summary>The value of the property's initializer, converted to the property type, or <see langword="null"/> when it has none.</summary>
    public static IOperation? InitializerOf(IPropertySymbol property, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (var reference in property.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { Initializer: { } initializer }) continue;
            var model = initializer.SyntaxTree == semanticModel.SyntaxTree ? semanticModel : semanticModel.Compilation.GetSemanticModel(initializer.SyntaxTree);
            return (model.GetOperation(initializer, cancellationToken) as IPropertyInitializerOperation)?.Value;
        }
        return null;
    }

    private static string ReaderOf(OptionDeclaration option) => option.ValueType switch
    {
        OptionValueType.Boolean => "Boolean",
        OptionValueType.Int32 => "Int32",
        OptionValueType.Int64 => "Int64",
        OptionValueType.Double => "Double",
        OptionValueType.Decimal => "Decimal",
        _ => option.IsNullable ? "NullableText" : "Text",
    };

    // Like Tools: protected, or private in a sealed class. A protected member of a public class may not
    // name an internal type (CS0053): then private protected, which reaches the same derived classes here.
    private static string AccessibilityOf(INamedTypeSymbol connector, INamedTypeSymbol options)
    {
        var optionsAccessibility = EffectiveAccessibility.Of(options);
        if (connector.IsSealed || optionsAccessibility == GeneratedAccessibility.Private) return "private";
        return optionsAccessibility >= EffectiveAccessibility.Of(connector) ? "protected" : "private protected";
    }
}
