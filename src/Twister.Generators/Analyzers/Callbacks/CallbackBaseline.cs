using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>
/// The parsed content of one baseline file. Parsed once per <see cref="SourceText"/> (the analyzers
/// cache it through a <c>SourceTextValueProvider</c>), then only looked up.
/// </summary>
internal sealed class CallbackBaseline
{
    /// <summary>A baseline with no lines (the file is absent).</summary>
    public static readonly CallbackBaseline Empty = new(ImmutableArray<BaselineEntry>.Empty);

    private readonly Dictionary<string, BaselineEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BaselineEntry>> _byType = new(StringComparer.Ordinal);

    public CallbackBaseline(ImmutableArray<BaselineEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            // A retired line and a live line for one key: the live one wins (the key was revived).
            var id = IdOf(entry.ConnectorType, entry.Key);
            if (!_byKey.TryGetValue(id, out var existing) || existing.Retired) _byKey[id] = entry;
            if (!_byType.TryGetValue(entry.ConnectorType, out var list)) _byType[entry.ConnectorType] = list = new List<BaselineEntry>();
            list.Add(entry);
        }
    }

    /// <summary>Every parsed line, in file order (retired ones included).</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>The entry for a connector's callback key, retired or not; <see langword="null"/> when absent.</summary>
    public BaselineEntry? Find(string connectorType, string key)
        => _byKey.TryGetValue(IdOf(connectorType, key), out var entry) ? entry : null;

    /// <summary>The entries recorded for one connector type.</summary>
    public IReadOnlyList<BaselineEntry> EntriesOf(string connectorType)
        => _byType.TryGetValue(connectorType, out var list) ? list : Array.Empty<BaselineEntry>();

    private static string IdOf(string connectorType, string key) => connectorType + ":" + key;
}
