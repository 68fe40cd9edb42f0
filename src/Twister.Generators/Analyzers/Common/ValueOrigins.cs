using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Follows a value back to the pieces it is made of inside one method: through conversions,
/// interpolation, concatenation, <c>string.Format</c>/<c>string.Concat</c>/<c>string.Join</c>,
/// conditionals, <c>??</c>, string-transforming calls (<c>ToString</c>, <c>ToLowerInvariant</c>, ...)
/// and locals (to their initializer and every assignment in the method).
/// </summary>
internal static class ValueOrigins
{
    private const int MaxDepth = 16;

    /// <summary>The leaf operations <paramref name="value"/> is built from.</summary>
    public static List<IOperation> Of(IOperation value)
    {
        var leaves = new List<IOperation>();
        var visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        Visit(value, leaves, visitedLocals, 0);
        return leaves;
    }

    private static void Visit(IOperation? operation, List<IOperation> leaves, HashSet<ILocalSymbol> visitedLocals, int depth)
    {
        if (operation is null || depth > MaxDepth) return;
        switch (operation)
        {
            case IConversionOperation conversion:
                Visit(conversion.Operand, leaves, visitedLocals, depth + 1);
                break;
            case IParenthesizedOperation parenthesized:
                Visit(parenthesized.Operand, leaves, visitedLocals, depth + 1);
                break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation) Visit(interpolation.Expression, leaves, visitedLocals, depth + 1);
                }
                break;
            case IBinaryOperation binary:
                Visit(binary.LeftOperand, leaves, visitedLocals, depth + 1);
                Visit(binary.RightOperand, leaves, visitedLocals, depth + 1);
                break;
            case IConditionalOperation conditional:
                Visit(conditional.WhenTrue, leaves, visitedLocals, depth + 1);
                Visit(conditional.WhenFalse, leaves, visitedLocals, depth + 1);
                break;
            case ICoalesceOperation coalesce:
                Visit(coalesce.Value, leaves, visitedLocals, depth + 1);
                Visit(coalesce.WhenNull, leaves, visitedLocals, depth + 1);
                break;
            case IInvocationOperation invocation when IsStringComposition(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments) Visit(argument.Value, leaves, visitedLocals, depth + 1);
                break;
            case IInvocationOperation invocation when IsStringTransform(invocation):
                Visit(invocation.Instance, leaves, visitedLocals, depth + 1);
                break;
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                foreach (var element in arrayInitializer.ElementValues) Visit(element, leaves, visitedLocals, depth + 1);
                break;
            case ILocalReferenceOperation local when visitedLocals.Add(local.Local):
                foreach (var assigned in AssignmentsOf(local)) Visit(assigned, leaves, visitedLocals, depth + 1);
                break;
            case ILocalReferenceOperation:
                break;
            default:
                leaves.Add(operation);
                break;
        }
    }

    private static bool IsStringComposition(IMethodSymbol method)
        => method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic
           && method.Name is "Format" or "Concat" or "Join";

    private static bool IsStringTransform(IInvocationOperation invocation)
        => invocation.Instance is not null
           && invocation.TargetMethod.Name is "ToString" or "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "Replace";

    /// <summary>The values given to a local: its initializer and every simple assignment in the enclosing method body.</summary>
    private static IEnumerable<IOperation> AssignmentsOf(ILocalReferenceOperation reference)
    {
        IOperation top = reference;
        while (top.Parent is not null) top = top.Parent;
        foreach (var descendant in top.Descendants())
        {
            switch (descendant)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                    if (declarator.Initializer?.Value is { } initial) yield return initial;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local):
                    yield return assignment.Value;
                    break;
            }
        }
    }
}
