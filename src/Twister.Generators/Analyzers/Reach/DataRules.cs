using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Reach;

/// <summary>
/// Registers a rule about data (TWIST2001-2005, 3001): it runs on the chosen node kinds of every
/// file, in connector code and in any other member, and its findings outside connector code are
/// reported at the end of the compilation when connector code reaches them.
/// </summary>
internal static class DataRules
{
    /// <summary>Registers <paramref name="analyze"/> in compilations that reference <paramref name="requiredType"/>.</summary>
    public static void Register(AnalysisContext context, string requiredType, ImmutableArray<SyntaxKind> kinds, Action<NodeContext, DataRuleContext> analyze)
        => context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, requiredType) is null) return;
            var rule = new DataRuleContext(new HelperFindings(), SourceMethods.For(start.Compilation));
            var reach = ConnectorReach.For(start.Compilation);
            start.RegisterSemanticModelAction(file =>
            {
                reach.Record(file.SemanticModel, file.CancellationToken);
                NodeScan.Scan(file, kinds, node => analyze(node, rule));
            });
            start.RegisterCompilationEndAction(end => rule.Findings.ReportReachable(end, reach));
        });
}

/// <summary>What a data rule reports through and follows values with.</summary>
/// <param name="Findings">Reports now in connector code, at the end elsewhere.</param>
/// <param name="Methods">The source methods, to follow a value into the helper that makes it.</param>
internal sealed record DataRuleContext(HelperFindings Findings, SourceMethods Methods);
