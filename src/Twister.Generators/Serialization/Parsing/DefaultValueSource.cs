using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.Serialization.Parsing;

/// <summary>Turns a parameter's declared default value into C# source that reproduces it.</summary>
internal static class DefaultValueSource
{
    public static string Of(IParameterSymbol parameter)
    {
        var value = parameter.ExplicitDefaultValue;
        var type = parameter.Type;
        if (value is null)
            return type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? $"default({TypeShapeBuilder.NameOf(type)})"
                : "null";

        var underlying = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? ((INamedTypeSymbol)type).TypeArguments[0]
            : type;
        if (underlying.TypeKind == TypeKind.Enum)
            return $"({TypeShapeBuilder.NameOf(underlying)}){Literal(value)}";
        return Literal(value);
    }

    /// <summary>A C# literal of a constant <paramref name="value"/> (a string, character, boolean or number).</summary>
    public static string Literal(object value) => value switch
    {
        string s => CSharpLiteral.String(s),
        char c => CSharpLiteral.Char(c),
        bool b => b ? "true" : "false",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
        uint ui => ui.ToString(CultureInfo.InvariantCulture) + "U",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "default",
    };
}
