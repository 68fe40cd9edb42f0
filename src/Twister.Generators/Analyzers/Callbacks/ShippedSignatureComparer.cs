using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Callbacks.Parsing;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>
/// Compares a callback with its shipped line, position by position, the way in-flight arguments
/// are read: element <em>i</em> of a stored token is read as parameter <em>i</em>.
/// </summary>
internal static class ShippedSignatureComparer
{
    public static void Compare(SymbolAnalysisContext context, RecordedType.Names typeNames, IMethodSymbol method, CallbackSignature signature, BaselineEntry shipped)
    {
        var current = signature.PersistedParameters;
        var recorded = shipped.Parameters;
        for (var i = 0; i < recorded.Length; i++)
        {
            if (i >= current.Length)
            {
                Report(context, Descriptors.ShippedParameterRemovedOrMoved, method.Locations[0], i, recorded[i].Name, signature.Key, "removed");
                return;
            }
            var currentType = typeNames.Of(current[i].Type);
            if (string.Equals(currentType, recorded[i].Type, StringComparison.Ordinal)) continue;

            // The types at position i differ: either the parameter moved (its name is elsewhere now,
            // or the current one came from elsewhere), or it was removed, or it changed type in place.
            var movedTo = IndexOf(current, recorded[i].Name);
            if (movedTo >= 0 && movedTo != i)
            {
                Report(context, Descriptors.ShippedParameterRemovedOrMoved, current[movedTo].Locations[0], i, recorded[i].Name, signature.Key, $"moved to position {movedTo}");
                return;
            }
            if (movedTo < 0 && IndexOf(recorded, current[i].Name) is var from && from > i)
            {
                Report(context, Descriptors.ShippedParameterRemovedOrMoved, current[i].Locations[0], i, recorded[i].Name, signature.Key, "removed");
                return;
            }
            if (movedTo < 0 && IndexOf(recorded, current[i].Name) < 0 && i + 1 < current.Length
                && string.Equals(typeNames.Of(current[i + 1].Type), recorded[i].Type, StringComparison.Ordinal))
            {
                Report(context, Descriptors.ShippedParameterRemovedOrMoved, current[i].Locations[0], i, recorded[i].Name, signature.Key, $"pushed to position {i + 1} by an inserted parameter");
                return;
            }
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ShippedParameterTypeChanged, current[i].Locations[0], i, signature.Key, recorded[i].Type, currentType));
        }

        for (var i = recorded.Length; i < current.Length; i++)
        {
            if (!current[i].HasExplicitDefaultValue)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AddedParameterWithoutDefault, current[i].Locations[0], current[i].Name, signature.Key));
        }
    }

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
        => context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++) if (parameters[i].Name == name) return i;
        return -1;
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<BaselineParameter> parameters, string name)
    {
        for (var i = 0; i < parameters.Length; i++) if (parameters[i].Name == name) return i;
        return -1;
    }
}
