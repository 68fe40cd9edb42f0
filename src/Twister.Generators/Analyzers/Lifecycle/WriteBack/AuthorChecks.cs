using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Lifecycle.WriteBack;

/// <summary>
/// Recognises the loop guard of a write-back hook, read from syntax: a comparison of an author's type
/// with <c>ActorType.Twist</c> (<c>note.Author.Type == ActorType.Twist</c>, <c>!=</c>, <c>is</c>,
/// <c>is not</c>, <c>note.Author is { Type: ActorType.Twist }</c>).
/// </summary>
internal static class AuthorChecks
{
    /// <summary>The polarity of a condition for <see cref="Common.Guards"/>: "the author is a twist" holding means "do not write".</summary>
    public static bool? Polarity(ExpressionSyntax condition) => condition switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals when NamesTwist(equals.Left) || NamesTwist(equals.Right) => false,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression } notEquals when NamesTwist(notEquals.Left) || NamesTwist(notEquals.Right) => true,
        IsPatternExpressionSyntax { Pattern: var pattern } => PatternPolarity(pattern),
        // `x is ActorType.Twist` parses as a type test until it is bound.
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression, Right: QualifiedNameSyntax name } when NamesTwist(name) => false,
        _ => null,
    };

    private static bool? PatternPolarity(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant when NamesTwist(constant.Expression) => false,
        TypePatternSyntax { Type: QualifiedNameSyntax name } when NamesTwist(name) => false,
        UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern } not => PatternPolarity(not.Pattern) is { } inner ? !inner : null,
        RecursivePatternSyntax { PropertyPatternClause: { } properties } => SubpatternPolarity(properties),
        _ => null,
    };

    private static bool? SubpatternPolarity(PropertyPatternClauseSyntax properties)
    {
        foreach (var subpattern in properties.Subpatterns)
        {
            if (PatternPolarity(subpattern.Pattern) is { } polarity) return polarity;
        }
        return null;
    }

    private static bool NamesTwist(QualifiedNameSyntax name)
        => name.Right.Identifier.ValueText == "Twist"
           && name.Left switch
           {
               QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "ActorType",
               SimpleNameSyntax simple => simple.Identifier.ValueText == "ActorType",
               _ => false,
           };

    private static bool NamesTwist(ExpressionSyntax expression)
        => expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Twist", Expression: var owner }
           && owner switch
           {
               IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "ActorType",
               MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText == "ActorType",
               _ => false,
           };
}
