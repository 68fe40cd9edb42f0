using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Twister.Generators.Analyzers.Reach;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// The properties set when an activity is built: <c>new NewActivity { ... }</c> (a whole activity)
/// or <c>activity with { ... }</c> (a change to an existing one). Read from syntax and the type of
/// the one expression, never from the operation tree (docs/performance.md, "Analyzers").
/// </summary>
internal sealed class ActivityInitializer
{
    private readonly Dictionary<string, AssignmentExpressionSyntax> _assignments;

    private ActivityInitializer(ExpressionSyntax construction, bool isWholeActivity, Dictionary<string, AssignmentExpressionSyntax> assignments)
    {
        Construction = construction;
        IsWholeActivity = isWholeActivity;
        _assignments = assignments;
    }

    /// <summary>The <c>new</c> or <c>with</c> expression.</summary>
    public ExpressionSyntax Construction { get; }

    /// <summary><see langword="true"/> for <c>new</c>: an unset property is missing; <see langword="false"/> for <c>with</c>: it is inherited.</summary>
    public bool IsWholeActivity { get; }

    /// <summary>The assignment of <paramref name="property"/> (<c>Property = value</c>), or <see langword="null"/> when it is not set here.</summary>
    public AssignmentExpressionSyntax? Find(string property) => _assignments.TryGetValue(property, out var assignment) ? assignment : null;

    /// <summary>The syntax that can build an activity.</summary>
    private static readonly ImmutableArray<SyntaxKind> SyntaxKinds = ImmutableArray.Create(
        SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);

    /// <summary>
    /// Registers an activity rule: <paramref name="analyze"/> runs on every syntax that can build an
    /// activity, in compilations that reference the Twister runtime; its findings outside connector
    /// code count where connector code reaches them (<see cref="DataRules"/>).
    /// </summary>
    public static void Register(AnalysisContext context, System.Action<NodeContext, DataRuleContext> analyze)
        => DataRules.Register(context, KnownNames.NewActivity, SyntaxKinds, analyze);

    private static readonly HashSet<string> ActivityMembers = new(System.StringComparer.Ordinal)
    {
        "Source", "Type", "Title", "Done", "Start", "End", "Meta", "Notes", "Unread", "Archived",
    };

    /// <summary>
    /// Reads a node found by <see cref="NodeScan"/>. A cheap syntactic test comes first (<c>new NewActivity</c>,
    /// or a <c>new()</c>/<c>with</c> whose initializer sets an activity member), so that only those
    /// nodes are bound: the rules then cost little in code that builds no activities.
    /// </summary>
    public static ActivityInitializer? Read(NodeContext context)
    {
        var (plausible, initializer, whole) = context.Node switch
        {
            ObjectCreationExpressionSyntax creation => (CallSyntax.RightmostName(creation.Type) == "NewActivity", creation.Initializer, true),
            ImplicitObjectCreationExpressionSyntax implicitCreation => (SetsActivityMember(implicitCreation.Initializer), implicitCreation.Initializer, true),
            WithExpressionSyntax with => (SetsActivityMember(with.Initializer), with.Initializer, false),
            _ => (false, null, false),
        };
        if (!plausible) return null;

        var construction = (ExpressionSyntax)context.Node;
        if (context.SemanticModel.GetTypeInfo(construction, context.CancellationToken).Type is not INamedTypeSymbol type
            || !Symbols.IsType(type, KnownNames.NewActivity)) return null;

        var assignments = new Dictionary<string, AssignmentExpressionSyntax>(System.StringComparer.Ordinal);
        foreach (var assignment in ValueSyntax.PropertyAssignments(initializer, context.SemanticModel, context.CancellationToken))
            assignments[((IdentifierNameSyntax)assignment.Left).Identifier.ValueText] = assignment;
        return new ActivityInitializer(construction, whole, assignments);
    }


    private static bool SetsActivityMember(InitializerExpressionSyntax? initializer)
    {
        if (initializer is null) return false;
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && ActivityMembers.Contains(name.Identifier.ValueText)) return true;
        }
        return false;
    }
}
