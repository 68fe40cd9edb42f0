using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Twister.Generators.Analyzers;
using Twister.Generators.Analyzers.Meta;
using Twister.Generators.CodeFixes.Common;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Meta;

/// <summary>
/// TWIST2003/2004: adds the missing meta entries: <c>SyncProvider</c> from the connector's name and
/// <c>ChannelId</c> from a <c>channelId</c> or <c>channel.Id</c> in scope (no fix for a channel id
/// when none is in scope: guessing one would hide the bug).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingMetaCodeFix)), Shared]
public sealed class AddMissingMetaCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.MetaWithoutSyncProvider, DiagnosticIds.MetaWithoutChannelId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation
                || creation.SpanStart != diagnostic.Location.SourceSpan.Start) continue;

            var provider = diagnostic.Properties.TryGetValue(ActivityMetaAnalyzer.ProviderProperty, out var p) ? p ?? "" : "";
            var channel = ChannelIdInScope.Find(model, creation.SpanStart);
            var addsActivityMeta = diagnostic.Properties.TryGetValue(ActivityMetaAnalyzer.TargetProperty, out var target) && target == ActivityMetaAnalyzer.ActivityTarget;
            var wantsChannel = diagnostic.Id == DiagnosticIds.MetaWithoutChannelId;
            if (wantsChannel && channel is null) continue;

            var members = new List<string>();
            if (addsActivityMeta || !wantsChannel) members.Add($"SyncProvider = {CSharpLiteral.String(provider)}");
            if ((addsActivityMeta || wantsChannel) && channel is not null) members.Add($"ChannelId = {channel}");

            var title = addsActivityMeta ? "Add the activity's meta" : wantsChannel ? "Add ChannelId to the meta" : "Add SyncProvider to the meta";
            var added = addsActivityMeta
                ? new[] { $"Meta = new {TypeNames.At(model, creation.SpanStart, KnownNames.ActivityMeta)} {{ {string.Join(", ", members)} }}" }
                : members.ToArray();
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => AddAsync(context.Document, root, creation, added, ct), title),
                diagnostic);
        }
    }

    private static Task<Document> AddAsync(Document document, SyntaxNode root, BaseObjectCreationExpressionSyntax creation, string[] assignments, CancellationToken cancellationToken)
    {
        var expressions = assignments
            .Select(a => SyntaxFactory.ParseExpression(a))
            .ToArray();
        var initializer = creation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
        var updatedInitializer = initializer.WithExpressions(initializer.Expressions.AddRange(expressions)).WithAdditionalAnnotations(Formatter.Annotation);
        var updated = creation.WithInitializer(updatedInitializer);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(creation, updated)));
    }
}
