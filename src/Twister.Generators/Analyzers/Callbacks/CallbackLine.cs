using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Callbacks.Parsing;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>Writes a callback as it is recorded in a baseline file; the one place that fixes the line format.</summary>
internal static class CallbackLine
{
    private static readonly SymbolDisplayFormat DefaultValueFormat = new(
        parameterOptions: SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeName,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The fully qualified name of a connector type, as used before the colon.</summary>
    public static string ConnectorNameOf(INamedTypeSymbol connector) => RecordedType.Of(connector);

    /// <summary>The default value as recorded, or <see langword="null"/>.</summary>
    public static string? DefaultOf(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue) return null;
        var display = parameter.ToDisplayString(DefaultValueFormat);
        var equals = display.IndexOf(" = ", System.StringComparison.Ordinal);
        return equals < 0 ? null : display.Substring(equals + 3);
    }

    /// <summary>The persisted parameters of <paramref name="signature"/> as baseline parameters.</summary>
    public static ImmutableArray<BaselineParameter> ParametersOf(CallbackSignature signature)
        => signature.PersistedParameters.Select(p => new BaselineParameter(RecordedType.Of(p.Type), p.Name, DefaultOf(p))).ToImmutableArray();

    /// <summary>The whole line for <paramref name="signature"/> of <paramref name="connector"/>.</summary>
    public static string Format(INamedTypeSymbol connector, CallbackSignature signature)
    {
        var builder = new StringBuilder(ConnectorNameOf(connector)).Append(':').Append(signature.Key).Append('(');
        var parameters = ParametersOf(signature);
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append(parameters[i].Type).Append(' ').Append(parameters[i].Name);
            if (parameters[i].DefaultValue is { } value) builder.Append(" = ").Append(value);
        }
        return builder.Append(')').ToString();
    }
}
