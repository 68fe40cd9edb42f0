using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.Analyzers.Baselines;

/// <summary>The shipped and unshipped files of one baseline, read from a compilation's AdditionalFiles.</summary>
/// <typeparam name="T">The parsed content of one file.</typeparam>
internal sealed class BaselinePair<T>
    where T : class
{
    private BaselinePair(T shipped, T unshipped, string? shippedPath, bool hasFiles)
    {
        Shipped = shipped;
        ShippedPath = shippedPath;
        Unshipped = unshipped;
        HasFiles = hasFiles;
    }

    public T Shipped { get; }

    public T Unshipped { get; }

    /// <summary>The path of the shipped file, for diagnostics located on its lines; <see langword="null"/> without the file.</summary>
    public string? ShippedPath { get; }

    /// <summary>Whether at least one of the two files exists.</summary>
    public bool HasFiles { get; }

    /// <summary>
    /// Reads the files named <paramref name="shippedName"/> and <paramref name="unshippedName"/> through
    /// <paramref name="parse"/>, which should cache by <see cref="SourceText"/> (a <c>SourceTextValueProvider</c>);
    /// an absent file reads as <paramref name="empty"/>.
    /// </summary>
    public static BaselinePair<T> Read(ImmutableArray<AdditionalText> files, string shippedName, string unshippedName, Func<SourceText, T> parse, T empty, CancellationToken cancellationToken)
    {
        T? shipped = null, unshipped = null;
        string? shippedPath = null;
        foreach (var file in files)
        {
            var isShipped = BaselineFiles.Is(file.Path, shippedName);
            if (!isShipped && !BaselineFiles.Is(file.Path, unshippedName)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            if (isShipped) (shipped, shippedPath) = (parse(text), file.Path);
            else unshipped = parse(text);
        }
        return new BaselinePair<T>(shipped ?? empty, unshipped ?? empty, shippedPath, shipped is not null || unshipped is not null);
    }
}
