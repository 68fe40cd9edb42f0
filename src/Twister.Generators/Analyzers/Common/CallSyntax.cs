using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Twister.Generators.Analyzers.Common;

/// <summary>Reads how a call is written, without binding it.</summary>
internal static class CallSyntax
{
    /// <summary>The simple name a call is written with: <c>F</c> in <c>F()</c>, <c>x.F()</c>, <c>x?.F()</c> and <c>F&lt;T&gt;()</c>.</summary>
    public static string? CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The rightmost simple name of a type as written: <c>Regex</c> in <c>System.Text.RegularExpressions.Regex</c>.</summary>
    public static string? RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };
}
