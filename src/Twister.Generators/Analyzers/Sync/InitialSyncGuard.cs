using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Twister.Generators.Analyzers.Sync;

/// <summary>Recognises the initial-sync condition: a reference to something named <c>initialSync</c>/<c>isInitialSync</c>/<c>*.InitialSync</c>.</summary>
internal static class InitialSyncGuard
{
    /// <summary>Whether <paramref name="condition"/> is true exactly on the initial sync.</summary>
    public static bool IsInitialSyncCondition(IOperation? condition)
    {
        while (condition is IConversionOperation or IParenthesizedOperation)
            condition = condition is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)condition).Operand;

        if (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals)
        {
            return (IsInitialSyncReference(equals.LeftOperand) && equals.RightOperand.ConstantValue is { HasValue: true, Value: true })
                || (IsInitialSyncReference(equals.RightOperand) && equals.LeftOperand.ConstantValue is { HasValue: true, Value: true });
        }
        if (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and)
            return IsInitialSyncCondition(and.LeftOperand) || IsInitialSyncCondition(and.RightOperand);
        return IsInitialSyncReference(condition);
    }

    /// <summary>Whether <paramref name="operation"/> only runs when the initial-sync condition holds (inside <c>if (initialSync)</c>'s true branch).</summary>
    public static bool IsGuarded(IOperation operation)
    {
        for (IOperation? child = operation, parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && ReferenceEquals(conditional.WhenTrue, child) && IsInitialSyncCondition(conditional.Condition))
                return true;
        }
        return false;
    }

    private static bool IsInitialSyncReference(IOperation? operation)
    {
        var name = operation switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => null,
        };
        return name is not null && name.EndsWith("InitialSync", StringComparison.OrdinalIgnoreCase);
    }
}
