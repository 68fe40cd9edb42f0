using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Common;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Shape;

/// <summary>TWIST0003/0004: what a <c>[Callback]</c> method must look like for the generated dispatcher to call it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallbackShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CallbackMethodShape, Descriptors.FromInvocationNotFirst);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (Symbols.TwisterType(start.Compilation, KnownNames.CallbackAttribute) is null) return;
            start.RegisterSymbolAction(Analyze, SymbolKind.Method);
        });
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (Symbols.FindAttribute(method, KnownNames.CallbackAttribute) is null) return;

        if (ShapeProblemOf(method) is { } problem)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CallbackMethodShape, method.Locations[0], method.Name, problem));

        for (var i = 1; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            if (Symbols.FindAttribute(parameter, KnownNames.FromInvocationAttribute) is not null)
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.FromInvocationNotFirst, parameter.Locations[0], parameter.Name, method.Name));
        }
    }

    private static string? ShapeProblemOf(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary) return "is not an ordinary method";
        if (method.IsStatic) return "is static; callbacks run on a connector instance";
        if (method.IsGenericMethod) return "is generic; a persisted callback needs fixed parameter types";
        if (method.ContainingType is { } type && !ConnectorScope.IsTwist(type)) return "is not declared in a connector or twist class";
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None) return $"has a {parameter.RefKind.ToString().ToLowerInvariant()} parameter '{parameter.Name}'";
        }
        var returns = method.ReturnType;
        var allowed = method.ReturnsVoid
            || Symbols.IsType(returns, "System.Threading.Tasks.Task")
            || Symbols.IsType(returns, "System.Threading.Tasks.ValueTask");
        return allowed ? null : $"returns '{returns.ToDisplayString()}'; return Task, ValueTask or void";
    }
}
