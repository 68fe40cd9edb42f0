using Twister.Generators.Common;

namespace Twister.Generators.Options.Model;

/// <summary>A connector's options class, as the generator binds it: strings and equatable arrays only.</summary>
/// <param name="TypeName">The class's <c>global::</c> name.</param>
/// <param name="Accessibility">The modifier of the generated <c>Options</c> and <c>OptionsFrom</c>: <c>protected</c>, <c>private protected</c> or <c>private</c>.</param>
/// <param name="Options">The options, base classes' first, each in declaration order.</param>
internal sealed record OptionsModel(string TypeName, string Accessibility, EquatableArray<OptionModel> Options);

/// <summary>One <c>[Option]</c> property.</summary>
/// <param name="PropertyName">The property, as an identifier.</param>
/// <param name="Key">The stable key values are stored under.</param>
/// <param name="Label">The label.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="Kind">The <c>OptionKind</c> member.</param>
/// <param name="Reader">The <c>Twister.Generated.OptionValues</c> method that reads the property's type.</param>
/// <param name="DefaultValue">The default in the invariant form values are stored in, for the manifest.</param>
/// <param name="DefaultLiteral">The default as C# source of the property's type, for a missing key.</param>
/// <param name="Choices">The choices of a select.</param>
/// <param name="Min">The smallest allowed number, if bounded.</param>
/// <param name="Max">The largest allowed number, if bounded.</param>
internal sealed record OptionModel(
    string PropertyName,
    string Key,
    string Label,
    string? Description,
    string Kind,
    string Reader,
    string DefaultValue,
    string DefaultLiteral,
    EquatableArray<string> Choices,
    double? Min,
    double? Max);
