using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Lifecycle.Cleanup;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Lifecycle;

/// <summary>
/// TWIST4002, for a store key written directly in <c>OnChannelEnabledAsync</c>: adds
/// <c>await Store.ClearAsync(key, cancellationToken);</c> to <c>OnChannelDisabledAsync</c> (the key with the
/// disabling hook's channel parameter), creating that override next to the enabling one when there is
/// none. Webhooks and callback tokens need the id or URL they were given back, so they have no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClearKeyOnDisableCodeFix)), Shared]
public sealed class ClearKeyOnDisableCodeFix : DocumentCodeFix
{
    private const string Disabled = "OnChannelDisabledAsync";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ChannelSetupNotUndone);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Clear the key in OnChannelDisabledAsync";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(ChannelCleanupAnalyzer.KeyProperty, out var key) || key is null
            || !properties.TryGetValue(ChannelCleanupAnalyzer.ChannelProperty, out var channel) || channel is null
            || !properties.TryGetValue(ChannelCleanupAnalyzer.DisabledProperty, out var where) || where is not ("missing" or "here")) return false;
        var enabled = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>();
        if (enabled?.Parent is not TypeDeclarationSyntax type) return false;
        if (where == "here" && (DisabledIn(type) is not { } existing || !CanExtend(existing))) return false;

        var cancellation = enabled.ParameterList.Parameters.FirstOrDefault(p => p.Type?.ToString().EndsWith("CancellationToken", System.StringComparison.Ordinal) == true)?.Identifier.ValueText ?? "cancellationToken";
        editor.ReplaceNode(type, (current, _) =>
        {
            var updated = (TypeDeclarationSyntax)current;
            if (DisabledIn(updated) is not { } disabled)
            {
                var created = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration($$"""
                    public override async Task {{Disabled}}(Channel {{channel}}, CancellationToken {{cancellation}})
                    {
                        {{Clear(key, channel, channel, cancellation)}}
                    }
                    """)!;
                var after = updated.Members.OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == enabled.Identifier.ValueText);
                // After the enabling hook, separated by a blank line as members are.
                created = created.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n")).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
                return updated.InsertNodesAfter(after, new[] { created.WithAdditionalAnnotations(Formatter.Annotation) });
            }
            var channelName = disabled.ParameterList.Parameters.Count > 0 ? disabled.ParameterList.Parameters[0].Identifier.ValueText : channel;
            var token = disabled.ParameterList.Parameters.Count > 1 ? disabled.ParameterList.Parameters[1].Identifier.ValueText : cancellation;
            var statement = SyntaxFactory.ParseStatement(Clear(key, channel, channelName, token) + "\n");
            return updated.ReplaceNode(disabled, Append(disabled, statement).WithAdditionalAnnotations(Formatter.Annotation));
        });
        return true;
    }

    private static MethodDeclarationSyntax? DisabledIn(TypeDeclarationSyntax type)
        => type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == Disabled && m.Modifiers.Any(SyntaxKind.OverrideKeyword));

    /// <summary>An async body to append to, or the <c>=&gt; Task.CompletedTask</c> of an override that does nothing yet.</summary>
    private static bool CanExtend(MethodDeclarationSyntax disabled)
        => disabled.Modifiers.Any(SyntaxKind.AsyncKeyword) || disabled.ExpressionBody?.Expression.ToString() == "Task.CompletedTask";

    private static string Clear(string key, string enabledChannel, string disabledChannel, string token)
    {
        var expression = SyntaxFactory.ParseExpression(key);
        expression = expression.ReplaceNodes(
            expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == enabledChannel),
            (original, _) => original.WithIdentifier(SyntaxFactory.Identifier(disabledChannel).WithTriviaFrom(original.Identifier)));
        return $"await Store.ClearAsync({expression}, {token});";
    }

    private static MethodDeclarationSyntax Append(MethodDeclarationSyntax disabled, StatementSyntax statement)
    {
        if (disabled.Body is { } body)
        {
            if (body.Statements.Any(s => s.ToString() == statement.ToString().Trim())) return disabled;
            var index = body.Statements.Count > 0 && body.Statements.Last() is ReturnStatementSyntax ? body.Statements.Count - 1 : body.Statements.Count;
            return disabled.WithBody(body.WithStatements(body.Statements.Insert(index, statement)));
        }
        var expression = disabled.ExpressionBody!.Expression;
        var statements = expression.ToString() == "Task.CompletedTask"
            ? SyntaxFactory.List(new[] { statement })
            : SyntaxFactory.List(new[] { SyntaxFactory.ExpressionStatement(expression), statement });
        var updated = disabled.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block(statements));
        return updated.Modifiers.Any(SyntaxKind.AsyncKeyword)
            ? updated
            : updated.WithModifiers(updated.Modifiers.Insert(updated.Modifiers.IndexOf(SyntaxKind.OverrideKeyword) + 1, SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }
}
