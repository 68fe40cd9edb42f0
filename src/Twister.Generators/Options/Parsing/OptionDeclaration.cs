using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.Options.Parsing;

/// <summary>The C# type of an option property, which decides how its stored value is read.</summary>
internal enum OptionValueType
{
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    Text,
}

/// <summary>Why an <c>[Option]</c> property cannot be bound, and where to point: a named argument of the attribute, its initializer, or the property.</summary>
/// <param name="Reason">What is wrong, phrased to follow the option's name.</param>
/// <param name="Argument">The <c>[Option]</c> argument at fault (<c>Choices</c>, <c>Min</c>, ...), if any.</param>
/// <param name="AtInitializer">Whether the property's initializer (its default) is at fault.</param>
internal readonly record struct OptionProblem(string Reason, string? Argument = null, bool AtInitializer = false);

/// <summary>
/// One <c>[Option]</c> property as declared, read once for both the generator (which turns a valid one into an
/// <see cref="Model.OptionModel"/>) and TWIST0008 (which reports its <see cref="Problems"/>): the two cannot
/// disagree on what is valid. Holds symbols, so it never leaves a transform.
/// </summary>
internal sealed class OptionDeclaration
{
    private const string SupportedTypes = "an option is a bool, int, long, double, decimal or string";

    private OptionDeclaration(IPropertySymbol property, AttributeData attribute, IOperation? initializer)
    {
        Property = property;
        Initializer = initializer;
        Label = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        // The declared type, not a constructed one: the analyzer sees GenericOptions<T>, so the generator must too.
        var declaredType = property.OriginalDefinition.Type;
        ValueType = ValueTypeOf(declaredType);
        IsNullable = declaredType.NullableAnnotation == NullableAnnotation.Annotated;
        var key = (string?)null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Key": key = named.Value.Value as string; HasDeclaredKey = true; break;
                case "Description": Description = named.Value.Value as string; break;
                case "Choices": Choices = named.Value.IsNull ? ImmutableArray<string?>.Empty : named.Value.Values.Select(v => v.Value as string).ToImmutableArray(); break;
                case "Min": Min = Bound(named.Value); break;
                case "Max": Max = Bound(named.Value); break;
                case "Secret": Secret = named.Value.Value is true; break;
            }
        }
        Key = HasDeclaredKey ? key ?? "" : SourceNames.CamelCase(property.Name);
    }

    /// <summary>The property.</summary>
    public IPropertySymbol Property { get; }

    /// <summary>The initializer's value converted to the property type, or <see langword="null"/> when there is none.</summary>
    public IOperation? Initializer { get; }

    /// <summary>The label, or <see langword="null"/> when it is not a constant string.</summary>
    public string? Label { get; }

    /// <summary>The stable key: <c>Key</c> when given, else the property name in camelCase.</summary>
    public string Key { get; }

    /// <summary>Whether <c>Key</c> is given.</summary>
    public bool HasDeclaredKey { get; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; }

    /// <summary>The value type, or <see langword="null"/> for an unsupported property type.</summary>
    public OptionValueType? ValueType { get; }

    /// <summary>Whether the property is a <c>string?</c> (an empty value binds as <see langword="null"/>).</summary>
    public bool IsNullable { get; }

    /// <summary>The choices of a select (empty otherwise).</summary>
    public ImmutableArray<string?> Choices { get; } = ImmutableArray<string?>.Empty;

    /// <summary>The smallest allowed number, or <see langword="null"/> when unbounded.</summary>
    public double? Min { get; }

    /// <summary>The largest allowed number, or <see langword="null"/> when unbounded.</summary>
    public double? Max { get; }

    /// <summary>Whether the option is a secret.</summary>
    public bool Secret { get; }

    /// <summary>The <c>Twister.Runtime.OptionKind</c> member of the option.</summary>
    public string Kind => Secret ? "Secret"
        : !Choices.IsEmpty ? "Select"
        : ValueType switch { OptionValueType.Boolean => "Boolean", OptionValueType.Text => "Text", _ => "Number" };

    /// <summary>
    /// The default: the initializer's constant, or the type's default (<see langword="false"/>, 0, <see langword="null"/>)
    /// without an initializer; no value when the initializer is not a constant.
    /// </summary>
    public Optional<object?> Default
        => Initializer is null ? new Optional<object?>(TypeDefault(ValueType)) : Initializer.ConstantValue;

    /// <summary>The default in the invariant form a host stores values in (<c>true</c>, <c>42</c>, <c>0.5</c>, text; <see langword="null"/> text as empty).</summary>
    public string DefaultValueText => Default.Value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    /// <summary>Reads <paramref name="property"/>, marked with <paramref name="attribute"/>, whose initializer value is <paramref name="initializer"/>.</summary>
    public static OptionDeclaration Read(IPropertySymbol property, AttributeData attribute, IOperation? initializer) => new(property, attribute, initializer);

    /// <summary>Everything that keeps this option from being bound by generated code (other options aside: see <see cref="OptionsDeclaration"/> for duplicate keys).</summary>
    public IEnumerable<OptionProblem> Problems()
    {
        if (Property.IsStatic || Property.IsIndexer || Property.DeclaredAccessibility != Accessibility.Public
            || Property.SetMethod is not { DeclaredAccessibility: Accessibility.Public })
            yield return new("must be a public instance property with a public set or init accessor");
        if (string.IsNullOrEmpty(Label)) yield return new("has no label");
        if (HasDeclaredKey && string.IsNullOrWhiteSpace(Key)) yield return new("has an empty Key", "Key");
        if (ValueType is not { } valueType)
        {
            yield return new($"has type '{Property.OriginalDefinition.Type.ToDisplayString()}': {SupportedTypes}");
            yield break;
        }

        var isText = valueType == OptionValueType.Text;
        var isNumber = valueType is not (OptionValueType.Boolean or OptionValueType.Text);
        if (!Choices.IsEmpty && !isText) yield return new("has Choices, which are only for a string option", "Choices");
        if (Secret && !isText) yield return new("is Secret, which is only for a string option", "Secret");
        if (Secret && !Choices.IsEmpty) yield return new("is both Secret and a select with Choices", "Secret");
        if (isText && ChoiceProblem() is { } choiceProblem) yield return new(choiceProblem, "Choices");
        if (!isNumber && Min is not null) yield return new("has Min, which is only for a number option", "Min");
        if (!isNumber && Max is not null) yield return new("has Max, which is only for a number option", "Max");
        if (isNumber && (Min is double.NaN || Max is double.NaN)) yield return new("has a Min or Max that is NaN", Min is double.NaN ? "Min" : "Max");
        var boundsCross = isNumber && Min > Max;
        if (boundsCross) yield return new($"has Min ({Format(Min!.Value)}) greater than Max ({Format(Max!.Value)})", "Min");

        if (!Default.HasValue)
        {
            yield return new("has a default that is not a compile-time constant", AtInitializer: true);
            yield break;
        }
        if (!Choices.IsEmpty && isText && !Choices.Contains((string?)Default.Value ?? ""))
            yield return new($"has the default '{DefaultValueText}', which is not one of its Choices", AtInitializer: Initializer is not null);
        if (isNumber && Default.Value is { } number)
        {
            var value = Convert.ToDouble(number, CultureInfo.InvariantCulture);
            if (double.IsNaN(value) || double.IsInfinity(value)) yield return new("has a default that is not a finite number", AtInitializer: true);
            else if (!boundsCross && (value < Min || value > Max))
                yield return new($"has the default {DefaultValueText}, outside its bounds ({Format(Min ?? double.NegativeInfinity)} to {Format(Max ?? double.PositiveInfinity)})", AtInitializer: Initializer is not null);
        }
    }

    private string? ChoiceProblem()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in Choices)
        {
            if (string.IsNullOrEmpty(choice)) return "lists an empty choice";
            if (!seen.Add(choice!)) return $"lists the choice '{choice}' twice";
        }
        return null;
    }

    private static OptionValueType? ValueTypeOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean => OptionValueType.Boolean,
        SpecialType.System_Int32 => OptionValueType.Int32,
        SpecialType.System_Int64 => OptionValueType.Int64,
        SpecialType.System_Double => OptionValueType.Double,
        SpecialType.System_Decimal => OptionValueType.Decimal,
        SpecialType.System_String => OptionValueType.Text,
        _ => null,
    };

    private static object? TypeDefault(OptionValueType? type) => type switch
    {
        OptionValueType.Boolean => false,
        OptionValueType.Int32 => 0,
        OptionValueType.Int64 => 0L,
        OptionValueType.Double => 0d,
        OptionValueType.Decimal => 0m,
        _ => null,
    };

    // The attribute's own defaults (infinities) mean "unbounded".
    private static double? Bound(TypedConstant value)
        => value.Value is double d && !double.IsInfinity(d) ? d : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
