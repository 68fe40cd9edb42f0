using System;
using System.Collections.Generic;
using System.Linq;
using Twister.Generators.Connectors.Model;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// The result of binding one connector candidate (its model, or none when the class is not a
/// generatable connector), with everything that result was computed from: for each dependency name the
/// exact trees that declared it and the namespaces that ended with it, and the <see cref="GlobalKey"/>.
/// </summary>
internal sealed class ReuseEntry
{
    private readonly string[] _names;
    private readonly long[][] _treeIds;
    private readonly string[][] _namespaces;

    private ReuseEntry(ConnectorModel? model, GlobalKey global, string[] names, long[][] treeIds, string[][] namespaces)
    {
        Model = model;
        Global = global;
        _names = names;
        _treeIds = treeIds;
        _namespaces = namespaces;
    }

    /// <summary>The connector's model; <see langword="null"/> when the candidate generates nothing.</summary>
    public ConnectorModel? Model { get; }

    /// <summary>The compilation-wide key the model was computed under.</summary>
    public GlobalKey Global { get; }

    /// <summary>Records <paramref name="model"/> with the current state of <paramref name="dependencies"/> in <paramref name="index"/>.</summary>
    public static ReuseEntry Record(ConnectorModel? model, IReadOnlyCollection<string> dependencies, CompilationIndex index)
    {
        var names = dependencies.ToArray();
        return new ReuseEntry(
            model,
            index.Global,
            names,
            [.. names.Select(index.TreesDeclaring)],
            [.. names.Select(index.NamespacesNamed)]);
    }

    /// <summary>
    /// Whether nothing the model depends on differs in <paramref name="index"/>: the same global key, and
    /// every dependency name declared by exactly the same trees and matching exactly the same namespaces.
    /// </summary>
    public bool IsValidIn(CompilationIndex index)
    {
        if (!Global.Equals(index.Global)) return false;
        for (var i = 0; i < _names.Length; i++)
        {
            if (!Same(_treeIds[i], index.TreesDeclaring(_names[i])) || !Same(_namespaces[i], index.NamespacesNamed(_names[i]))) return false;
        }
        return true;
    }

    private static bool Same<T>(T[] recorded, T[] current)
        where T : IEquatable<T>
    {
        if (ReferenceEquals(recorded, current)) return true;
        if (recorded.Length != current.Length) return false;
        for (var i = 0; i < recorded.Length; i++)
        {
            if (!recorded[i].Equals(current[i])) return false;
        }
        return true;
    }
}
