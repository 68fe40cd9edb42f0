using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;

namespace Twister.Generators.Analyzers.Reach;

/// <summary>
/// Findings of a data rule: reported at once in connector code, kept until the end of the
/// compilation in any other member, and reported then if connector code reaches that member
/// (<see cref="ConnectorReach"/>), with the descriptor's compilation-end twin. Each finding is
/// reported once per location, since a value made in a helper is found from every call that follows it there.
/// </summary>
internal sealed class HelperFindings
{
    /// <summary>
    /// A property that names the connector (its <c>[Connector]</c> name, for a fix that writes it);
    /// empty for a finding in a helper, it is filled in at the end when exactly one connector reaches the helper.
    /// </summary>
    public const string ConnectorNameProperty = "Provider";

    private readonly ConcurrentBag<Finding> _pending = new();
    private readonly ConcurrentDictionary<(string Id, Location Location), bool> _reported = new();

    /// <summary>Reports a finding of <paramref name="member"/> now (connector code) or keeps it for the end.</summary>
    public void Report(NodeContext context, ISymbol? member, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties = null, params object?[] arguments)
    {
        var finding = new Finding(member, descriptor, location, properties, arguments);
        if (member is not null && !ConnectorScope.IsInConnector(member)) _pending.Add(finding);
        else if (_reported.TryAdd((descriptor.Id, location), true)) context.ReportDiagnostic(finding.Create(descriptor));
    }

    /// <summary>Reports the kept findings whose member connector code reaches.</summary>
    public void ReportReachable(CompilationAnalysisContext context, ConnectorReach reach)
    {
        foreach (var finding in _pending)
        {
            if (!reach.IsReachable(finding.Member!) || !_reported.TryAdd((finding.Descriptor.Id, finding.Location), true)) continue;
            var properties = finding.Properties;
            if (properties is not null && properties.TryGetValue(ConnectorNameProperty, out var name) && string.IsNullOrEmpty(name)
                && reach.ConnectorsReaching(finding.Member!).Take(2).ToList() is { Count: 1 } connectors)
                properties = properties.SetItem(ConnectorNameProperty, ConnectorScope.ConnectorNameOf(connectors[0]) ?? "");
            context.ReportDiagnostic((finding with { Properties = properties }).Create(Descriptors.AtCompilationEnd(finding.Descriptor)));
        }
    }

    private sealed record Finding(ISymbol? Member, DiagnosticDescriptor Descriptor, Location Location, ImmutableDictionary<string, string?>? Properties, object?[] Arguments)
    {
        public Diagnostic Create(DiagnosticDescriptor descriptor) => Diagnostic.Create(descriptor, Location, Properties, Arguments);
    }
}
