using Microsoft.CodeAnalysis;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Meta;

/// <summary>Finds the channel id at a position: a <c>channelId</c> string in scope, else <c>x.Id</c> of a <c>Channel</c> in scope.</summary>
internal static class ChannelIdInScope
{
    /// <summary>The expression text, or <see langword="null"/> when no channel is in scope.</summary>
    public static string? Find(SemanticModel model, int position)
    {
        string? fromChannel = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            if (type is null) continue;
            if (symbol.Name == "channelId" && type.SpecialType == SpecialType.System_String) return symbol.Name;
            if (fromChannel is null && Symbols.IsType(type, "Twister.Channel")) fromChannel = symbol.Name + ".Id";
        }
        return fromChannel;
    }
}
