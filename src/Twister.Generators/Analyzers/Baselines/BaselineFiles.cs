using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Twister.Generators.Analyzers.Baselines;

/// <summary>The names of the baseline files and the markers used inside them.</summary>
internal static class BaselineFiles
{
    public const string CallbacksShipped = "Callbacks.Shipped.txt";
    public const string CallbacksUnshipped = "Callbacks.Unshipped.txt";
    public const string StateShipped = "State.Shipped.txt";
    public const string StateUnshipped = "State.Unshipped.txt";
    public const string RetiredPrefix = "*RETIRED*";
    public const string CommentPrefix = "#";

    /// <summary>Whether <paramref name="path"/> names the file <paramref name="fileName"/> (any folder).</summary>
    public static bool Is(string path, string fileName)
        => string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the project opted in to versioning: it has at least one of the four baseline files.</summary>
    public static bool AnyPresent(ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (Is(file.Path, CallbacksShipped) || Is(file.Path, CallbacksUnshipped) || Is(file.Path, StateShipped) || Is(file.Path, StateUnshipped)) return true;
        }
        return false;
    }
}
