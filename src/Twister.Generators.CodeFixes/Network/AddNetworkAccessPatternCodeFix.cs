using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Network;
using Twister.Generators.CodeFixes.Common;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Network;

/// <summary>
/// TWIST4008: allows the URL's origin (<c>https://host/*</c>) in the connector's first <c>[NetworkAccess]</c>
/// attribute, or adds <c>[NetworkAccess("https://host/*")]</c> to a connector that has none. The
/// connector may be declared in another file than the request; Fix All adds each origin once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddNetworkAccessPatternCodeFix)), Shared]
public sealed class AddNetworkAccessPatternCodeFix : SolutionCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UrlOutsideNetworkAccess);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => $"Allow {Pattern(diagnostic)} in [NetworkAccess]";

    /// <inheritdoc />
    protected override bool CanFix(Diagnostic diagnostic) => Pattern(diagnostic) is not null && Connector(diagnostic) is not null;

    /// <inheritdoc />
    protected override async Task<Solution> FixAsync(Project project, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var solution = project.Solution;
        foreach (var byConnector in diagnostics.GroupBy(d => Connector(d)!))
        {
            if (compilation?.GetTypeByMetadataName(byConnector.Key) is not { } connector) continue;
            var patterns = byConnector.Select(d => Pattern(d)!).Distinct().ToList();
            var existing = connector.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } type && Symbols.IsType(type, KnownNames.NetworkAccessAttribute));
            var declaration = existing?.ApplicationSyntaxReference ?? ConnectorDeclaration.AttributeOf(connector)?.ApplicationSyntaxReference;
            if (declaration is null || solution.GetDocument(declaration.SyntaxTree) is not { } document) continue;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var attribute = root!.FindNode(declaration.Span).FirstAncestorOrSelf<AttributeSyntax>()!;
            var literals = patterns.Select(p => SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(CSharpLiteral.String(p))));
            if (existing is not null)
            {
                var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
                root = root.ReplaceNode(attribute, attribute.WithArgumentList(arguments.AddArguments(literals.ToArray())));
            }
            else
            {
                // A new attribute list after the one holding [Connector].
                var list = (AttributeListSyntax)attribute.Parent!;
                var added = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Attribute(SyntaxFactory.ParseName("NetworkAccess"), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(literals)))))
                    .WithAdditionalAnnotations(Formatter.Annotation);
                root = root.InsertNodesAfter(list, new[] { added.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed) });
            }
            solution = solution.WithDocumentSyntaxRoot(document.Id, root);
        }
        return solution;
    }

    private static string? Pattern(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(NetworkAllowlistAnalyzer.PatternProperty, out var pattern) ? pattern : null;

    private static string? Connector(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(NetworkAllowlistAnalyzer.ConnectorProperty, out var connector) ? connector : null;
}
