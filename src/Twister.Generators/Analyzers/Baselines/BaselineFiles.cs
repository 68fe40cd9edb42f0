using System;
using System.IO;

namespace Twister.Generators.Analyzers.Baselines;

/// <summary>The names of the two callback baseline files and the markers used inside them.</summary>
internal static class BaselineFiles
{
    public const string Shipped = "Callbacks.Shipped.txt";
    public const string Unshipped = "Callbacks.Unshipped.txt";
    public const string RetiredPrefix = "*RETIRED*";
    public const string CommentPrefix = "#";

    /// <summary>Whether <paramref name="path"/> names the file <paramref name="fileName"/> (any folder).</summary>
    public static bool Is(string path, string fileName)
        => string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase);
}
