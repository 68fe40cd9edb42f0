using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Baselines;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>
/// Reads a baseline file. Format (one callback per line, sorted ordinally):
/// <c>Namespace.Connector:key(type name, type name = default)</c>; <c>*RETIRED*</c> before a line
/// marks a removed callback; blank lines and lines starting with <c>#</c> are ignored. A line that
/// does not parse is skipped rather than failing the build: the analyzers then treat the callback
/// as unrecorded, which surfaces it as TWIST1003.
/// </summary>
internal static class CallbackBaselineParser
{
    /// <summary>The cache key of parsed callback baselines: hand it to <c>CompilationStartAnalysisContext.TryGetValue</c>.</summary>
    public static readonly Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider<CallbackBaseline> Provider = new(Parse);

    public static CallbackBaseline Parse(SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var line in BaselineText.Lines(text))
        {
            if (ParseLine(line.Content) is { } entry) entries.Add(entry with { Retired = line.Retired, Span = line.Span, LineSpan = line.LineSpan });
        }
        return new CallbackBaseline(entries.ToImmutable());
    }

    /// <summary>Parses one trimmed line; <see langword="null"/> when it is malformed.</summary>
    public static BaselineEntry? ParseLine(string content)
    {
        var retired = content.StartsWith(BaselineFiles.RetiredPrefix, System.StringComparison.Ordinal);
        if (retired) content = content.Substring(BaselineFiles.RetiredPrefix.Length).Trim();

        var colon = content.IndexOf(':');
        var open = colon < 0 ? -1 : content.IndexOf('(', colon);
        if (colon <= 0 || open < 0 || !content.EndsWith(")", System.StringComparison.Ordinal)) return null;

        var type = content.Substring(0, colon).Trim();
        var key = content.Substring(colon + 1, open - colon - 1).Trim();
        if (key.Length == 0) return null;

        var parameters = ImmutableArray.CreateBuilder<BaselineParameter>();
        foreach (var part in BaselineText.SplitTopLevel(content.Substring(open + 1, content.Length - open - 2), ','))
        {
            var parameter = ParseParameter(part.Trim());
            if (parameter is null) return null;
            parameters.Add(parameter);
        }
        return new BaselineEntry(type, key, parameters.ToImmutable(), retired);
    }

    private static BaselineParameter? ParseParameter(string text)
    {
        if (text.Length == 0) return null;
        string? defaultValue = null;
        var equals = BaselineText.SplitTopLevel(text, '=');
        if (equals.Count > 2) return null;
        if (equals.Count == 2) defaultValue = equals[1].Trim();
        var declaration = equals[0].Trim();
        var space = declaration.LastIndexOf(' ');
        if (space <= 0) return null;
        return new BaselineParameter(declaration.Substring(0, space).Trim(), declaration.Substring(space + 1), defaultValue);
    }
}
