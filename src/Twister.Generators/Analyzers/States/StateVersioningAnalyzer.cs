using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Baselines;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Analyzers.States;

/// <summary>
/// TWIST1008-1012: values written with the store outlive a deploy as callback tokens do, and the
/// generated readers skip unknown members and default missing ones, so a shipped state shape
/// (recorded in <c>State.Shipped.txt</c>) may only grow by members with a default. Members are matched
/// by JSON name. The rules run in projects that have any baseline file (callbacks or state).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateVersioningAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of a TWIST1008 diagnostic holding the baseline line to add.</summary>
    public const string LineProperty = "BaselineLine";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.StateShapeNotInBaseline, Descriptors.StateMemberRemoved, Descriptors.StateMemberTypeChanged,
        Descriptors.StateMemberAddedWithoutDefault, Descriptors.ShippedStateShapeMissing);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.ConnectorStore) is null || !BaselineFiles.AnyPresent(start.Options.AdditionalFiles)) return;
            var baselines = BaselinePair<StateBaseline>.Read(
                start.Options.AdditionalFiles, BaselineFiles.StateShipped, BaselineFiles.StateUnshipped,
                text => start.TryGetValue(text, StateBaseline.Provider, out var parsed) ? parsed : StateBaseline.Parse(text),
                StateBaseline.Empty, start.CancellationToken);
            var names = new RecordedType.Names();
            var stored = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
            // At the end of each class, a store call whose stored type is inferred reads the compiler's bound body.
            ConnectorEnd.Register(start, (end, connector) => Analyze(end, connector, baselines, names, stored));
            if (baselines.ShippedPath is { } shippedPath)
                start.RegisterCompilationEndAction(end => ReportShapesNoLongerStored(end, baselines.Shipped, shippedPath, stored));
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, BaselinePair<StateBaseline> baselines, RecordedType.Names names, ConcurrentDictionary<string, bool> stored)
    {
        foreach (var shape in StoredShapes.Of(connector, context.Compilation, context.CancellationToken))
        {
            // A type several connectors store is checked once.
            if (!stored.TryAdd(shape.Name, true)) continue;
            var location = LocationOf(shape.Type, connector);
            if (baselines.Shipped.Find(shape.Name) is { Retired: false } shipped)
            {
                Compare(context, shape, shipped, location, names);
                continue;
            }
            if (baselines.Unshipped.Find(shape.Name) is { Retired: false }) continue;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(LineProperty, shape.Line(names));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StateShapeNotInBaseline, location, properties, shape.Name));
        }
    }

    /// <summary>Compares a stored shape with its shipped line, member by member (by JSON name for properties).</summary>
    private static void Compare(SymbolAnalysisContext context, StoredShape shape, StateEntry shipped, Location location, RecordedType.Names names)
    {
        var current = shape.Recorded(names);
        foreach (var recorded in shipped.Members)
        {
            var index = IndexOf(current, recorded.Name);
            if (index < 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMemberRemoved, location, recorded.Name, shape.Name));
                continue;
            }
            if (!shipped.IsEnum && current[index].Type != recorded.Type)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMemberTypeChanged, LocationOf(shape.Members[index].Property, location), recorded.Name, shape.Name, recorded.Type, current[index].Type));
        }
        if (shipped.IsEnum) return; // a new enum member reads nothing old differently
        for (var i = 0; i < current.Length; i++)
        {
            if (IndexOf(shipped.Members, current[i].Name) >= 0 || HasDefault(shape.Members[i].Member)) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMemberAddedWithoutDefault, LocationOf(shape.Members[i].Property, location), current[i].Name, shape.Name));
        }
    }

    /// <summary>A member old values lack gets a value anyway: a constructor parameter's default, or a property's initializer or type default (unless it is <c>required</c>).</summary>
    private static bool HasDefault(MemberShape member)
        => member.ConstructorParameterIndex >= 0 ? member.ConstructorDefault is not null : !member.IsRequired;

    private static void ReportShapesNoLongerStored(CompilationAnalysisContext context, StateBaseline shipped, string shippedPath, ConcurrentDictionary<string, bool> stored)
    {
        foreach (var entry in shipped.Entries)
        {
            if (entry.Retired || stored.ContainsKey(entry.TypeName) || shipped.Find(entry.TypeName) is { Retired: false } live && live != entry) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ShippedStateShapeMissing, Location.Create(shippedPath, entry.Span, entry.LineSpan), entry.TypeName));
        }
    }

    private static int IndexOf(ImmutableArray<StateMember> members, string name)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].Name == name) return i;
        }
        return -1;
    }

    private static Location LocationOf(ISymbol symbol, ISymbol fallback)
        => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback.Locations[0];

    private static Location LocationOf(ISymbol symbol, Location fallback)
        => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? fallback;
}
