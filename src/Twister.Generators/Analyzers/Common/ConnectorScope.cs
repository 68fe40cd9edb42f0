using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Common;

/// <summary>Decides which code belongs to a connector: the rules about synced activities apply only there.</summary>
internal static class ConnectorScope
{
    /// <summary>Whether <paramref name="type"/> derives from <c>Twist&lt;TSelf&gt;</c> (so also <c>Connector&lt;TSelf&gt;</c>).</summary>
    public static bool IsTwist(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (Symbols.IsType(current.OriginalDefinition, KnownNames.TwistBase)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> is declared inside a connector or twist class (nested types included).</summary>
    public static bool IsInConnector(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsTwist(type)) return true;
        }
        return false;
    }

    /// <summary>The <c>[Connector("name")]</c> name of the connector that contains <paramref name="symbol"/>, if any.</summary>
    public static string? ConnectorNameOf(ISymbol? symbol)
    {
        for (var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (ConnectorDeclaration.AttributeOf(type) is { ConstructorArguments.Length: 1 } attribute) return ConnectorDeclaration.NameOf(attribute);
        }
        return null;
    }
}
