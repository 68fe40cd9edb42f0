using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Model;
using Twister.Generators.Connectors.Parsing;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// The connector models of a compilation, reusing each candidate's previous model while nothing it
/// could depend on has changed (see <see cref="ReuseEntry.IsValidIn"/>), and binding it otherwise.
/// </summary>
/// <remarks>
/// One instance lives on a generator instance, which the IDE may share between projects and run on
/// several compilations at once: entries are keyed weakly by tree (a dropped document frees its entries),
/// every entry is validated against the compilation at hand before use, and writers race harmlessly
/// (each entry is valid for the compilation it was computed in, and is checked again on every read).
/// </remarks>
internal sealed class ConnectorReuseCache
{
    private readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<int, ReuseEntry>> _entries = new();
    private long _binds;

    /// <summary>How many candidates were bound (cache misses) since this cache was created.</summary>
    public long Binds => Interlocked.Read(ref _binds);

    /// <summary>
    /// The generatable connectors of <paramref name="compilation"/>, in tree then position order. With
    /// <paramref name="reuseEnabled"/> off every candidate is bound (the entries are still refreshed).
    /// </summary>
    public EquatableArray<ConnectorModel> Models(Compilation compilation, bool reuseEnabled, CancellationToken cancellationToken)
    {
        var index = CompilationIndex.Build(compilation, cancellationToken);
        var models = new List<ConnectorModel>();
        foreach (var (tree, summary) in index.Trees)
        {
            if (summary.Candidates.Count == 0) continue;
            var entries = _entries.GetValue(tree, static _ => new ConcurrentDictionary<int, ReuseEntry>());
            SemanticModel? semanticModel = null;
            foreach (var position in summary.Candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!reuseEnabled || !entries.TryGetValue(position, out var entry) || !entry.IsValidIn(index))
                {
                    semanticModel ??= compilation.GetSemanticModel(tree);
                    entry = Bind(semanticModel, position, index, cancellationToken);
                    entries[position] = entry;
                }
                if (entry.Model is { } model) models.Add(model);
            }
        }
        return models.ToEquatableArray();
    }

    private ReuseEntry Bind(SemanticModel semanticModel, int position, CompilationIndex index, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _binds);
        // The summary read a class declaration starting here from this very tree.
        var declaration = semanticModel.SyntaxTree.GetRoot(cancellationToken).FindToken(position).Parent!
            .AncestorsAndSelf().OfType<ClassDeclarationSyntax>().First(c => c.SpanStart == position);

        var model = ConnectorParser.Read(declaration, semanticModel, cancellationToken);
        return ReuseEntry.Record(model, DependencyClosure.Of(declaration.Identifier.ValueText, index), index);
    }
}
