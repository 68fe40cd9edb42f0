using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// Follows a value back to the pieces it is made of inside one member: through parentheses and
/// casts, interpolation, binary operators (concatenation) and <c>??</c>, <c>string.Format</c>/
/// <c>string.Concat</c>/<c>string.Join</c>, conditionals, array initializers, string-transforming
/// calls (<c>ToString</c>, <c>ToLowerInvariant</c>, ...) and locals (to their initializer and every
/// assignment in the member). Read from syntax; only calls and names are bound, one expression at a time.
/// Given <see cref="SourceMethods"/>, it also follows a call to a source method of the compilation into
/// the values that method returns (at most <see cref="MaxHelperDepth"/> calls deep), and a parameter
/// of that method back to the argument the call passed, so a piece is found where it is made.
/// </summary>
internal sealed class ValueOrigins
{
    private const int MaxDepth = 16;

    /// <summary>How many helper calls deep a value is followed.</summary>
    public const int MaxHelperDepth = 3;

    private readonly SourceMethods? _methods;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Origin> _leaves = new();
    private readonly HashSet<ILocalSymbol> _visitedLocals = new(SymbolEqualityComparer.Default);

    private ValueOrigins(SourceMethods? methods, CancellationToken cancellationToken)
    {
        _methods = methods;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The leaf expressions <paramref name="value"/> is built from, with parentheses and casts removed,
    /// each with the semantic model of its file; with <paramref name="methods"/>, calls to source methods are followed.
    /// </summary>
    public static List<Origin> Of(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken, SourceMethods? methods = null)
    {
        var origins = new ValueOrigins(methods, cancellationToken);
        origins.Visit(value, new Frame(model, null), 0);
        return origins._leaves;
    }

    private void Visit(ExpressionSyntax? expression, Frame frame, int depth)
    {
        if (expression is null || depth > MaxDepth) return;
        var model = frame.Model;
        expression = ValueSyntax.Unwrap(expression);
        switch (expression)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolationSyntax interpolation) Visit(interpolation.Expression, frame, depth + 1);
                }
                break;
            // Every binary operator but `is` (a type test); `as` is a conversion, removed by Unwrap.
            case BinaryExpressionSyntax binary when !binary.IsKind(SyntaxKind.IsExpression):
                Visit(binary.Left, frame, depth + 1);
                Visit(binary.Right, frame, depth + 1);
                break;
            case ConditionalExpressionSyntax conditional:
                Visit(conditional.WhenTrue, frame, depth + 1);
                Visit(conditional.WhenFalse, frame, depth + 1);
                break;
            case ArrayCreationExpressionSyntax { Initializer: { } arrayInitializer }:
                VisitAll(arrayInitializer, frame, depth);
                break;
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                VisitAll(implicitArray.Initializer, frame, depth);
                break;
            case InvocationExpressionSyntax invocation:
                VisitInvocation(invocation, frame, depth);
                break;
            case IdentifierNameSyntax name:
                switch (model.GetSymbolInfo(name, _cancellationToken).Symbol)
                {
                    case ILocalSymbol local:
                        if (_visitedLocals.Add(local))
                        {
                            foreach (var assigned in AssignmentsOf(local, name, model)) Visit(assigned, frame, depth + 1);
                        }
                        return;
                    case IParameterSymbol parameter when frame.Call is { } call && call.Declares(parameter):
                        // A helper's parameter is made where the call passed it.
                        if (call.ArgumentFor(parameter) is { } argument) Visit(argument, call.Caller, depth + 1);
                        return;
                }
                _leaves.Add(new Origin(expression, model));
                break;
            default:
                _leaves.Add(new Origin(expression, model));
                break;
        }
    }

    private void VisitAll(InitializerExpressionSyntax initializer, Frame frame, int depth)
    {
        foreach (var element in initializer.Expressions) Visit(element, frame, depth + 1);
    }

    private void VisitInvocation(InvocationExpressionSyntax invocation, Frame frame, int depth)
    {
        if (frame.Model.GetSymbolInfo(invocation, _cancellationToken).Symbol is IMethodSymbol method)
        {
            if (IsStringComposition(method))
            {
                foreach (var argument in invocation.ArgumentList.Arguments) Visit(argument.Expression, frame, depth + 1);
                return;
            }
            if (IsStringTransform(method))
            {
                // `value.ToLower()` is made of `value`; an unqualified `ToString()` is made of `this`, which is not a leaf that matters.
                if (invocation.Expression is MemberAccessExpressionSyntax access) Visit(access.Expression, frame, depth + 1);
                return;
            }
            if (_methods is not null && frame.HelperDepth < MaxHelperDepth && _methods.CodeOf(method, _cancellationToken) is { } helper)
            {
                var call = new Call(method, invocation, frame);
                foreach (var value in _methods.ReturnedBy(method, _cancellationToken)) Visit(value, new Frame(helper.Model, call), depth + 1);
                return;
            }
        }
        _leaves.Add(new Origin(invocation, frame.Model));
    }

    private static bool IsStringComposition(IMethodSymbol method)
        => method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic
           && method.Name is "Format" or "Concat" or "Join";

    /// <summary>An instance call that only reshapes its receiver (an extension method's receiver is an argument, not followed).</summary>
    private static bool IsStringTransform(IMethodSymbol method)
        => !method.IsStatic && method.MethodKind != MethodKind.ReducedExtension
           && method.Name is "ToString" or "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim" or "Replace";

    /// <summary>The values given to a local: its initializer and every simple assignment in the member that uses it.</summary>
    private IEnumerable<ExpressionSyntax> AssignmentsOf(ILocalSymbol local, SyntaxNode reference, SemanticModel model)
    {
        var member = MemberOf(reference);
        foreach (var node in member.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
                    when declarator.Identifier.ValueText == local.Name
                         && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, _cancellationToken), local):
                    yield return initial;
                    break;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    when ValueSyntax.StripParentheses(assignment.Left) is IdentifierNameSyntax target && target.Identifier.ValueText == local.Name
                         && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target, _cancellationToken).Symbol, local):
                    yield return assignment.Right;
                    break;
            }
        }
    }

    /// <summary>The member declaration around <paramref name="node"/> (all top-level statements for a top-level local).</summary>
    private static SyntaxNode MemberOf(SyntaxNode node)
    {
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            if (current is GlobalStatementSyntax) return current.Parent;
            if (current is MemberDeclarationSyntax) return current;
        }
        return node;
    }

    /// <summary>Where a value is being read: a file's semantic model, inside the helper <see cref="Call"/> (or the analyzed member).</summary>
    private sealed record Frame(SemanticModel Model, Call? Call)
    {
        public int HelperDepth => Call is null ? 0 : Call.Caller.HelperDepth + 1;
    }

    /// <summary>A call followed into a helper: which method, the call's syntax and where it was read.</summary>
    private sealed record Call(IMethodSymbol Method, InvocationExpressionSyntax Invocation, Frame Caller)
    {
        /// <summary>Whether <paramref name="parameter"/> is a parameter of the called method.</summary>
        public bool Declares(IParameterSymbol parameter)
            => SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, (Method.ReducedFrom ?? Method).OriginalDefinition);

        /// <summary>The argument passed for <paramref name="parameter"/>: the receiver of a reduced extension call, else by name or position.</summary>
        public ExpressionSyntax? ArgumentFor(IParameterSymbol parameter)
        {
            var arguments = Invocation.ArgumentList;
            var ordinal = parameter.Ordinal;
            if (Method.ReducedFrom is not null)
            {
                if (ordinal == 0) return Invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;
                ordinal--;
            }
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                if (argument.NameColon is { } name ? name.Name.Identifier.ValueText == parameter.Name : i == ordinal) return argument.Expression;
            }
            return null;
        }
    }
}

/// <summary>A piece a value is made of, and the semantic model of the file it is written in.</summary>
/// <param name="Expression">The leaf expression.</param>
/// <param name="Model">The semantic model of its file.</param>
internal readonly record struct Origin(ExpressionSyntax Expression, SemanticModel Model);
