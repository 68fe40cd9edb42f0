using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Parsing;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>
/// TWIST1001-1007: callbacks are persisted contracts. Their parameters must be serializable, their
/// keys unique, and a shipped callback (recorded in <c>Callbacks.Shipped.txt</c>) may only grow by
/// parameters appended with a default value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallbackVersioningAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of a TWIST1003 diagnostic holding the baseline line to add.</summary>
    public const string LineProperty = "BaselineLine";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.CallbackParameterNotSerializable, Descriptors.DuplicateCallbackKey, Descriptors.CallbackNotInBaseline,
        Descriptors.ShippedCallbackMissing, Descriptors.ShippedConnectorMissing, Descriptors.ShippedParameterRemovedOrMoved, Descriptors.ShippedParameterTypeChanged,
        Descriptors.AddedParameterWithoutDefault);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.CallbackAttribute) is null) return;
            var baselines = BaselinePair<CallbackBaseline>.Read(
                start.Options.AdditionalFiles, BaselineFiles.CallbacksShipped, BaselineFiles.CallbacksUnshipped,
                text => start.TryGetValue(text, CallbackBaselineParser.Provider, out var parsed) ? parsed : CallbackBaselineParser.Parse(text),
                CallbackBaseline.Empty, start.CancellationToken);
            // Shipped lines of a connector seen here are checked with its class; the rest, at the end.
            var seenConnectors = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
            var typeNames = new RecordedType.Names();
            start.RegisterSymbolAction(symbol => Analyze(symbol, baselines, seenConnectors, typeNames), SymbolKind.NamedType);
            if (baselines.ShippedPath is { } shippedPath)
                start.RegisterCompilationEndAction(end => ReportLinesOfMissingConnectors(end, baselines, shippedPath, seenConnectors));
        });
    }

    private static void Analyze(SymbolAnalysisContext context, BaselinePair<CallbackBaseline> baselines, ConcurrentDictionary<string, bool> seenConnectors, RecordedType.Names typeNames)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!ConnectorScope.IsTwist(type)) return;

        var connectorName = CallbackLine.ConnectorNameOf(type);
        seenConnectors.TryAdd(connectorName, true);
        var seenKeys = new Dictionary<string, IMethodSymbol>(System.StringComparer.Ordinal);
        // Why each parameter type cannot be serialized (null: it can). Judged from this connector
        // (accessibility matters), so once per parameter type of the connector.
        var notSerializableReasons = new Dictionary<ITypeSymbol, string?>(SymbolEqualityComparer.IncludeNullability);
        foreach (var (method, signature) in CallbackSignature.Of(type))
        {
            ReportUnserializableParameters(context, type, method, signature, notSerializableReasons);
            if (seenKeys.TryGetValue(signature.Key, out var first))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateCallbackKey, method.Locations[0], signature.Key, first.Name, type.Name));
                continue;
            }
            seenKeys.Add(signature.Key, method);
            if (baselines.HasFiles) CompareWithBaseline(context, baselines, typeNames, type, connectorName, method, signature);
        }

        foreach (var entry in baselines.Shipped.EntriesOf(connectorName))
        {
            if (!entry.Retired && !seenKeys.ContainsKey(entry.Key))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ShippedCallbackMissing, type.Locations[0], entry.Key, type.Name));
        }
    }

    /// <summary>
    /// TWIST1004 on each live shipped line whose connector class is not in the compilation (removed
    /// or renamed): no class is left to carry the diagnostic, so it goes on the line itself.
    /// </summary>
    private static void ReportLinesOfMissingConnectors(CompilationAnalysisContext context, BaselinePair<CallbackBaseline> baselines, string shippedPath, ConcurrentDictionary<string, bool> seenConnectors)
    {
        foreach (var entry in baselines.Shipped.Entries)
        {
            if (entry.Retired || seenConnectors.ContainsKey(entry.ConnectorType)) continue;
            var location = Location.Create(shippedPath, entry.Span, entry.LineSpan);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ShippedConnectorMissing, location, entry.Key, entry.ConnectorType));
        }
    }

    private static void ReportUnserializableParameters(
        SymbolAnalysisContext context, INamedTypeSymbol type, IMethodSymbol method, CallbackSignature signature, Dictionary<ITypeSymbol, string?> notSerializableReasons)
    {
        foreach (var parameter in signature.PersistedParameters)
        {
            if (!notSerializableReasons.TryGetValue(parameter.Type, out var reason))
                notSerializableReasons[parameter.Type] = reason = TypeShapeBuilder.IsSerializable(context.Compilation, type, parameter.Type, out var why) ? null : why ?? "";
            if (reason is not null)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CallbackParameterNotSerializable, parameter.Locations[0], parameter.Name, method.Name, reason));
        }
    }

    private static void CompareWithBaseline(SymbolAnalysisContext context, BaselinePair<CallbackBaseline> baselines, RecordedType.Names typeNames, INamedTypeSymbol type, string connectorName, IMethodSymbol method, CallbackSignature signature)
    {
        var shipped = baselines.Shipped.Find(connectorName, signature.Key);
        if (shipped is { Retired: false })
        {
            ShippedSignatureComparer.Compare(context, typeNames, method, signature, shipped);
            return;
        }
        // Not live in Shipped (absent, or retired and now revived): recorded if Unshipped has it.
        if (baselines.Unshipped.Find(connectorName, signature.Key) is { Retired: false }) return;

        var line = CallbackLine.Format(type, signature);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(LineProperty, line);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CallbackNotInBaseline, method.Locations[0], properties, signature.Key));
    }
}
