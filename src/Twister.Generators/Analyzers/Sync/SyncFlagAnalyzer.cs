using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Sync;

/// <summary>
/// TWIST2005: <c>Unread</c>/<c>Archived</c> may only be given a value on the initial sync
/// (<c>Unread = initialSync ? false : null</c>, or inside <c>if (initialSync)</c>); an incremental
/// sync must leave them <see langword="null"/> so the user's own choices survive.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyncFlagAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SyncFlagOutsideInitialSync);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ActivityInitializer.Register(context, Analyze);
    }

    private static void Analyze(NodeContext context)
    {
        if (ActivityInitializer.Read(context) is not { } activity) return;
        foreach (var name in new[] { "Unread", "Archived" })
        {
            if (activity.Find(name) is not { } assignment || IsAllowed(assignment.Value) || InitialSyncGuard.IsGuarded(assignment)) continue;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SyncFlagOutsideInitialSync, assignment.Syntax.GetLocation(), name));
        }
    }

    /// <summary>Null, or a value only on the initial sync: <c>initialSync ? v : null</c> (<c>!initialSync ? null : v</c> is not recognised).</summary>
    private static bool IsAllowed(IOperation value)
    {
        while (value is IConversionOperation or IParenthesizedOperation)
            value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
        if (IsNull(value)) return true;
        return value is IConditionalOperation { WhenFalse: { } whenFalse } conditional
               && InitialSyncGuard.IsInitialSyncCondition(conditional.Condition) && IsNull(whenFalse);
    }

    private static bool IsNull(IOperation value)
    {
        while (value is IConversionOperation conversion) value = conversion.Operand;
        return value is IDefaultValueOperation || value.ConstantValue is { HasValue: true, Value: null };
    }
}
