using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Reach;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Network;

/// <summary>
/// TWIST4008: the host refuses a request to a URL no <c>[NetworkAccess]</c> pattern of the connector
/// covers. A request site (<see cref="OutboundUrls"/>) whose origin is known at compile time is checked
/// against the patterns (<see cref="AllowlistPatterns"/>) of the connector whose code it is in, at once,
/// or, in a helper or API client, of every connector that reaches it (<see cref="ConnectorReach"/>), at
/// the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NetworkAllowlistAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property holding the pattern the fix adds.</summary>
    public const string PatternProperty = "Pattern";

    /// <summary>The property holding the metadata name of the connector the fix edits.</summary>
    public const string ConnectorProperty = "Connector";

    private static readonly ImmutableArray<SyntaxKind> Kinds = ImmutableArray.Create(
        SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UrlOutsideNetworkAccess, Descriptors.AtCompilationEnd(Descriptors.UrlOutsideNetworkAccess));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.NetworkAccessAttribute) is null) return;
            var reach = ConnectorReach.For(start.Compilation);
            var patterns = new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<string>>(SymbolEqualityComparer.Default);
            var pending = new ConcurrentBag<(ISymbol Member, KnownUrl Url, Location Location)>();
            start.RegisterSemanticModelAction(file =>
            {
                reach.Record(file.SemanticModel, file.CancellationToken);
                NodeScan.Scan(file, Kinds, node =>
                {
                    if (!OutboundUrls.IsCandidate(node.Node)
                        || OutboundUrls.UrlOf(node.Node, node.SemanticModel, node.CancellationToken) is not { } expression
                        || OutboundUrls.Read(expression, node.SemanticModel, node.CancellationToken) is not { HasOrigin: true } url
                        || node.ContainingSymbol is not { } member) return;
                    if (ConnectorReach.ConnectorOf(member) is { } connector) Check(node.ReportDiagnostic, Descriptors.UrlOutsideNetworkAccess, connector, url, expression.GetLocation(), patterns);
                    else pending.Add((member, url, expression.GetLocation()));
                });
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var (member, url, location) in pending)
                {
                    foreach (var connector in reach.ConnectorsReaching(member))
                        Check(end.ReportDiagnostic, Descriptors.AtCompilationEnd(Descriptors.UrlOutsideNetworkAccess), connector, url, location, patterns);
                }
            });
        });
    }

    private static void Check(System.Action<Diagnostic> report, DiagnosticDescriptor descriptor, INamedTypeSymbol connector, KnownUrl url, Location location,
        ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<string>> patterns)
    {
        var allowed = patterns.GetOrAdd(connector, PatternsOf);
        if (AllowlistPatterns.Cover(allowed, url)) return;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(PatternProperty, AllowlistPatterns.PatternFor(url))
            .Add(ConnectorProperty, connector.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)));
        var declared = allowed.IsEmpty ? "it declares none" : "it allows " + string.Join(", ", allowed);
        report(Diagnostic.Create(descriptor, location, properties, url.Display, connector.Name, declared));
    }

    private static ImmutableArray<string> PatternsOf(INamedTypeSymbol connector)
        => connector.GetAttributes()
            .Where(a => a.AttributeClass is { } type && Symbols.IsType(type, KnownNames.NetworkAccessAttribute) && a.ConstructorArguments.Length == 1)
            .SelectMany(a => a.ConstructorArguments[0].Kind == TypedConstantKind.Array ? a.ConstructorArguments[0].Values : ImmutableArray.Create(a.ConstructorArguments[0]))
            .Select(v => v.Value as string).OfType<string>()
            .ToImmutableArray();
}
