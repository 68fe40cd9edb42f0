using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Analyzers.Lifecycle.Common;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Lifecycle.Executions;

/// <summary>
/// TWIST4007: the host runs every execution (a lifecycle hook, a callback) on a new connector instance,
/// so a field written in one execution is not there in the next. An execution starts at a hook override
/// or a <c>[Callback]</c> method and includes the connector's methods it calls (four calls deep). A
/// mutable field or auto-property of the connector (static ones too: they do not survive a restart or
/// reach another host) is reported where an execution reads it that never writes it, when another
/// execution writes it. Constructors and initializers run in every execution and do not count as writes;
/// an execution that writes the member anywhere is trusted to write it before reading.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExecutionStateAnalyzer : DiagnosticAnalyzer
{
    private const int MaxDepth = 4;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StateBetweenExecutions);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ConnectorRules.Register(context, KnownNames.ConnectorBase, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol connector, SourceMethods methods)
    {
        var state = connector.GetMembers().Where(IsMutableState).ToDictionary(m => m.Name, m => m, System.StringComparer.Ordinal);
        if (state.Count == 0) return;

        var entries = connector.GetMembers().OfType<IMethodSymbol>().Where(LifecycleHooks.IsHookOverride)
            .Concat(CallbackSignature.Of(connector).Select(c => c.Method))
            .ToList();
        var accesses = entries.ToDictionary(e => e, e => Accesses(e, connector, state, methods, context.CancellationToken), SymbolEqualityComparer.Default);

        var reported = new HashSet<Location>();
        foreach (var member in state.Values)
        {
            var writers = entries.Where(e => accesses[e].Writes.Contains(member)).ToList();
            if (writers.Count == 0) continue;
            foreach (var reader in entries)
            {
                var access = accesses[reader];
                if (access.Writes.Contains(member) || !access.Reads.TryGetValue(member, out var location) || !reported.Add(location)) continue;
                var writtenIn = string.Join(", ", writers.Where(w => !SymbolEqualityComparer.Default.Equals(w, reader)).Select(w => w.Name));
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.StateBetweenExecutions, location, member.Name, reader.Name, "written in " + writtenIn));
            }
        }
    }

    /// <summary>A field or auto-property that can change after construction, declared in the connector's own (not generated) code.</summary>
    private static bool IsMutableState(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || member.DeclaringSyntaxReferences.IsEmpty || GeneratedCode.Is(member.DeclaringSyntaxReferences[0].SyntaxTree)) return false;
        return member switch
        {
            IFieldSymbol field => !field.IsConst && !field.IsReadOnly,
            IPropertySymbol { SetMethod: { IsInitOnly: false } } property
                => property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
                   && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
            _ => false,
        };
    }

    /// <summary>Where one execution reads each member first, and which members it writes.</summary>
    private sealed class Access
    {
        public Dictionary<ISymbol, Location> Reads { get; } = new(SymbolEqualityComparer.Default);

        public HashSet<ISymbol> Writes { get; } = new(SymbolEqualityComparer.Default);
    }

    private static Access Accesses(IMethodSymbol entry, INamedTypeSymbol connector, Dictionary<string, ISymbol> state, SourceMethods methods, CancellationToken cancellationToken)
    {
        var access = new Access();
        // Only the connector's own methods: another type's code cannot touch its private state by name.
        bool IsConnectorMethod(SourceCall call)
            => SymbolEqualityComparer.Default.Equals(call.Target.ContainingType?.OriginalDefinition, connector.OriginalDefinition) && call.Target.MethodKind != MethodKind.Constructor;
        foreach (var (code, _) in methods.Reachable(entry, MaxDepth, IsConnectorMethod, cancellationToken))
        {
            foreach (var name in code.Body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (!state.ContainsKey(name.Identifier.ValueText)
                    || code.Model.GetSymbolInfo(name, cancellationToken).Symbol is not { } symbol
                    || !state.TryGetValue(symbol.Name, out var member) || !SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, member)) continue;
                var (reads, writes) = Kind(name);
                if (writes) access.Writes.Add(member);
                if (reads && !access.Reads.ContainsKey(member)) access.Reads[member] = name.GetLocation();
            }
        }
        return access;
    }

    /// <summary>Whether the reference reads the member, writes it, or both (<c>+=</c>, <c>??=</c>, <c>++</c>).</summary>
    private static (bool Reads, bool Writes) Kind(IdentifierNameSyntax name)
    {
        SyntaxNode reference = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == name ? access : name;
        return reference.Parent switch
        {
            AssignmentExpressionSyntax assignment when assignment.Left == reference => (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression), true),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => (true, true),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } => (true, true),
            ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } => (false, true),
            ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword } => (true, true),
            _ => (true, false),
        };
    }
}
