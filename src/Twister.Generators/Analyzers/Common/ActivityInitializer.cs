using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Twister.Generators.Callbacks.Parsing;
using Twister.Generators.Common;

namespace Twister.Generators.Analyzers.Common;

/// <summary>
/// The properties set when an activity is built: <c>new NewActivity { ... }</c> (a whole activity)
/// or <c>activity with { ... }</c> (a change to an existing one).
/// </summary>
internal sealed class ActivityInitializer
{
    private readonly Dictionary<string, ISimpleAssignmentOperation> _assignments;

    private ActivityInitializer(IOperation construction, bool isWholeActivity, Dictionary<string, ISimpleAssignmentOperation> assignments)
    {
        Construction = construction;
        IsWholeActivity = isWholeActivity;
        _assignments = assignments;
    }

    /// <summary>The <c>new</c> or <c>with</c> operation.</summary>
    public IOperation Construction { get; }

    /// <summary><see langword="true"/> for <c>new</c>: an unset property is missing; <see langword="false"/> for <c>with</c>: it is inherited.</summary>
    public bool IsWholeActivity { get; }

    /// <summary>The assignment of <paramref name="property"/>, or <see langword="null"/> when it is not set here.</summary>
    public ISimpleAssignmentOperation? Find(string property) => _assignments.TryGetValue(property, out var assignment) ? assignment : null;

    /// <summary>Every assignment made by the initializer.</summary>
    public IEnumerable<ISimpleAssignmentOperation> Assignments => _assignments.Values;

    /// <summary>The syntax that can build an activity.</summary>
    private static readonly ImmutableArray<SyntaxKind> SyntaxKinds = ImmutableArray.Create(
        SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);

    /// <summary>
    /// Registers an activity rule: <paramref name="analyze"/> runs on every syntax that can build an
    /// activity, in compilations that reference the Twister runtime.
    /// </summary>
    public static void Register(AnalysisContext context, System.Action<NodeContext> analyze)
        => context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.NewActivity) is null) return;
            NodeScan.Register(start, SyntaxKinds, analyze);
        });

    private static readonly HashSet<string> ActivityMembers = new(System.StringComparer.Ordinal)
    {
        "Source", "Type", "Title", "Done", "Start", "End", "Meta", "Notes", "Unread", "Archived",
    };

    /// <summary>
    /// Reads a node found by <see cref="NodeScan"/>. A cheap syntactic test comes first (<c>new NewActivity</c>,
    /// or a <c>new()</c>/<c>with</c> whose initializer sets an activity member), then whether the node
    /// is in a connector, so that only those nodes are bound: the rules then cost little in code that
    /// builds no activities.
    /// </summary>
    public static ActivityInitializer? Read(NodeContext context)
    {
        var plausible = context.Node switch
        {
            ObjectCreationExpressionSyntax creation => RightmostName(creation.Type) == "NewActivity",
            ImplicitObjectCreationExpressionSyntax implicitCreation => SetsActivityMember(implicitCreation.Initializer),
            WithExpressionSyntax with => SetsActivityMember(with.Initializer),
            _ => false,
        };
        // Outside connectors the rules do not apply: decided from the member's symbol, before binding anything.
        if (!plausible || !ConnectorScope.IsInConnector(context.ContainingSymbol)) return null;
        return context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is { } operation
            ? Read(operation, context.ContainingSymbol)
            : null;
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static bool SetsActivityMember(InitializerExpressionSyntax? initializer)
    {
        if (initializer is null) return false;
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && ActivityMembers.Contains(name.Identifier.ValueText)) return true;
        }
        return false;
    }

    /// <summary>Reads <paramref name="operation"/> when it builds a <c>NewActivity</c> inside a connector (<paramref name="containingSymbol"/> is the member that holds it).</summary>
    public static ActivityInitializer? Read(IOperation operation, ISymbol? containingSymbol)
    {
        var (initializer, whole) = operation switch
        {
            IObjectCreationOperation creation => (creation.Initializer, true),
            IWithOperation with => (with.Initializer, false),
            _ => (null, false),
        };
        if (operation.Type is not INamedTypeSymbol type || !CallbackSignature.IsType(type, KnownNames.NewActivity)) return null;
        if (!ConnectorScope.IsInConnector(containingSymbol)) return null;

        var assignments = new Dictionary<string, ISimpleAssignmentOperation>(System.StringComparer.Ordinal);
        if (initializer is not null)
        {
            foreach (var child in initializer.Initializers)
            {
                if (child is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    assignments[property.Property.Name] = assignment;
            }
        }
        return new ActivityInitializer(operation, whole, assignments);
    }
}
