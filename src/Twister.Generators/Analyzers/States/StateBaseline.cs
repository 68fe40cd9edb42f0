using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Baselines;

namespace Twister.Generators.Analyzers.States;

/// <summary>
/// The parsed content of one state baseline file, parsed once per <see cref="SourceText"/>. A line that
/// does not parse is skipped: its type then shows as unrecorded (TWIST1008) rather than failing the build.
/// </summary>
internal sealed class StateBaseline
{
    /// <summary>A baseline with no lines (the file is absent).</summary>
    public static readonly StateBaseline Empty = new(ImmutableArray<StateEntry>.Empty);

    /// <summary>The cache key of parsed state baselines: hand it to <c>CompilationStartAnalysisContext.TryGetValue</c>.</summary>
    public static readonly SourceTextValueProvider<StateBaseline> Provider = new(Parse);

    private readonly Dictionary<string, StateEntry> _byType = new(StringComparer.Ordinal);

    public StateBaseline(ImmutableArray<StateEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            // A retired line and a live line for one type: the live one wins (the type is stored again).
            if (!_byType.TryGetValue(entry.TypeName, out var existing) || existing.Retired) _byType[entry.TypeName] = entry;
        }
    }

    /// <summary>Every parsed line, in file order (retired ones included).</summary>
    public ImmutableArray<StateEntry> Entries { get; }

    /// <summary>The entry for a type, retired or not; <see langword="null"/> when absent.</summary>
    public StateEntry? Find(string typeName) => _byType.TryGetValue(typeName, out var entry) ? entry : null;

    /// <summary>Parses a state baseline file.</summary>
    public static StateBaseline Parse(SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<StateEntry>();
        foreach (var line in BaselineText.Lines(text))
        {
            if (ParseLine(line.Content) is { } entry) entries.Add(entry with { Retired = line.Retired, Span = line.Span, LineSpan = line.LineSpan });
        }
        return new StateBaseline(entries.ToImmutable());
    }

    /// <summary>Parses one line without its retired marker; <see langword="null"/> when it is malformed.</summary>
    public static StateEntry? ParseLine(string content)
    {
        var open = content.IndexOfAny(new[] { '(', '{' });
        if (open <= 0) return null;
        var isEnum = content[open] == '{';
        if (!content.EndsWith(isEnum ? "}" : ")", StringComparison.Ordinal)) return null;
        var members = ImmutableArray.CreateBuilder<StateMember>();
        foreach (var part in BaselineText.SplitTopLevel(content.Substring(open + 1, content.Length - open - 2), ','))
        {
            var member = isEnum ? ParseEnumMember(part.Trim()) : ParseProperty(part.Trim());
            if (member is null) return null;
            members.Add(member);
        }
        return new StateEntry(content.Substring(0, open).Trim(), isEnum, members.ToImmutable(), false);
    }

    private static StateMember? ParseEnumMember(string text) => text.Length == 0 || text.IndexOf(' ') >= 0 ? null : new StateMember(text, "", null);

    private static StateMember? ParseProperty(string text)
    {
        var equals = BaselineText.SplitTopLevel(text, '=');
        if (text.Length == 0 || equals.Count > 2) return null;
        var declaration = equals[0].Trim();
        var space = declaration.LastIndexOf(' ');
        if (space <= 0) return null;
        return new StateMember(declaration.Substring(space + 1), declaration.Substring(0, space).Trim(), equals.Count == 2 ? equals[1].Trim() : null);
    }
}
