using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Twister.Generators.Analyzers.Baselines;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>The shipped and unshipped baselines of one compilation, read from its AdditionalFiles.</summary>
internal sealed class BaselinePair
{
    /// <summary>The cache key of parsed baselines: hand it to <c>CompilationStartAnalysisContext.TryGetValue</c>.</summary>
    public static readonly SourceTextValueProvider<CallbackBaseline> Provider = new(CallbackBaselineParser.Parse);

    private BaselinePair(CallbackBaseline shipped, CallbackBaseline unshipped, string? shippedPath, bool hasFiles)
    {
        Shipped = shipped;
        ShippedPath = shippedPath;
        Unshipped = unshipped;
        HasFiles = hasFiles;
    }

    public CallbackBaseline Shipped { get; }

    public CallbackBaseline Unshipped { get; }

    /// <summary>The path of <c>Callbacks.Shipped.txt</c>, for diagnostics located on its lines; <see langword="null"/> without the file.</summary>
    public string? ShippedPath { get; }

    /// <summary>Whether the project has at least one baseline file; without one, baseline rules stay silent.</summary>
    public bool HasFiles { get; }

    /// <summary>Reads both files through <paramref name="parse"/>, which should cache by <see cref="SourceText"/> (see <see cref="Provider"/>).</summary>
    public static BaselinePair Read(ImmutableArray<AdditionalText> files, System.Func<SourceText, CallbackBaseline> parse, CancellationToken cancellationToken)
    {
        CallbackBaseline? shipped = null, unshipped = null;
        string? shippedPath = null;
        foreach (var file in files)
        {
            var isShipped = BaselineFiles.Is(file.Path, BaselineFiles.Shipped);
            if (!isShipped && !BaselineFiles.Is(file.Path, BaselineFiles.Unshipped)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            if (isShipped) (shipped, shippedPath) = (parse(text), file.Path);
            else unshipped = parse(text);
        }
        return new BaselinePair(shipped ?? CallbackBaseline.Empty, unshipped ?? CallbackBaseline.Empty, shippedPath, shipped is not null || unshipped is not null);
    }
}
