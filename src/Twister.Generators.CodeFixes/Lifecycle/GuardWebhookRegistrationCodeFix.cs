using System.Collections.Generic;
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
using Twister.Generators.Analyzers.Lifecycle.Webhooks;
using Twister.Generators.CodeFixes.Common;

namespace Twister.Generators.CodeFixes.Lifecycle;

/// <summary>
/// TWIST4001: wraps the statement that registers the webhook URL in
/// <c>if (!WebhookUrl.IsLocal(url)) { ... }</c>, together with the statements after it that use what
/// it declared (the id the service returned, stored afterwards).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardWebhookRegistrationCodeFix)), Shared]
public sealed class GuardWebhookRegistrationCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WebhookRegisteredWithoutLocalCheck);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic) => "Register the webhook only when its URL is not local";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(WebhookRegistrationAnalyzer.UrlProperty, out var url) || url is null) return false;
        var node = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax block } statement) return false;

        // The registration's statement and every later one that uses a local declared by the wrapped ones.
        var statements = block.Statements;
        var first = statements.IndexOf(statement);
        var last = first;
        var declared = new HashSet<string>(Declared(statement));
        for (var i = first + 1; i < statements.Count; i++)
        {
            if (!statements[i].DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => declared.Contains(n.Identifier.ValueText))) continue;
            for (var j = last + 1; j <= i; j++) declared.UnionWith(Declared(statements[j]));
            last = i;
        }

        var webhookUrl = TypeNames.At(editor.SemanticModel, statement.SpanStart, "Twister.WebhookUrl");
        var wrapped = statements.Skip(first).Take(last - first + 1).ToArray();
        // Written as text and re-indented by the formatter: the statements keep their own lines and comments.
        var text = $"if (!{webhookUrl}.IsLocal({url}))\n{{\n{string.Concat(wrapped.Select((s, i) => i == 0 ? s.WithoutLeadingTrivia().ToFullString() : s.ToFullString()))}}}\n";
        var guard = SyntaxFactory.ParseStatement(text).WithLeadingTrivia(statement.GetLeadingTrivia()).WithAdditionalAnnotations(Formatter.Annotation);
        editor.ReplaceNode(statement, guard);
        foreach (var s in wrapped.Skip(1)) editor.RemoveNode(s, SyntaxRemoveOptions.KeepNoTrivia);
        return true;
    }

    private static IEnumerable<string> Declared(StatementSyntax statement)
        => statement.DescendantNodesAndSelf().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)
            .Concat(statement.DescendantNodesAndSelf().OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.ValueText));
}
