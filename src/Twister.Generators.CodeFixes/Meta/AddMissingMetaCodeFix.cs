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
using Twister.Generators.Analyzers.Meta;
using Twister.Generators.CodeFixes.Common;
using Twister.Generators.Common;

namespace Twister.Generators.CodeFixes.Meta;

/// <summary>
/// TWIST2003/2004: adds the missing meta entries: <c>SyncProvider</c> from the connector's name and
/// <c>ChannelId</c> from a <c>channelId</c> or <c>channel.Id</c> in scope (no fix for a channel id
/// when none is in scope: guessing one would hide the bug; none for the provider of a helper that
/// several connectors reach). Both diagnostics of one activity or meta
/// are fixed in one edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingMetaCodeFix)), Shared]
public sealed class AddMissingMetaCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.MetaWithoutSyncProvider, DiagnosticIds.MetaWithoutChannelId);

    /// <inheritdoc />
    protected override string TitleOf(Diagnostic diagnostic)
        => AddsActivityMeta(diagnostic) ? "Add the activity's meta"
            : diagnostic.Id == DiagnosticIds.MetaWithoutChannelId ? "Add ChannelId to the meta" : "Add SyncProvider to the meta";

    /// <inheritdoc />
    protected override bool TryFix(DocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var start = diagnostic.Location.SourceSpan.Start;
        if (editor.OriginalRoot.FindToken(start).Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { } creation
            || creation.SpanStart != start) return false;

        var model = editor.SemanticModel;
        var provider = diagnostic.Properties.TryGetValue(ActivityMetaAnalyzer.ProviderProperty, out var p) ? p ?? "" : "";
        var channel = ChannelIdInScope.Find(model, creation.SpanStart);
        var addsActivityMeta = AddsActivityMeta(diagnostic);
        var wantsChannel = diagnostic.Id == DiagnosticIds.MetaWithoutChannelId;
        if (wantsChannel && channel is null) return false;
        // A helper reached from several connectors has no single provider name to write.
        if ((addsActivityMeta || !wantsChannel) && provider.Length == 0) return false;

        // Name and value of each entry this diagnostic adds; an entry another diagnostic already added is skipped.
        var entries = new List<(string Name, string Value)>();
        if (addsActivityMeta || !wantsChannel) entries.Add(("SyncProvider", CSharpLiteral.String(provider)));
        if ((addsActivityMeta || wantsChannel) && channel is not null) entries.Add(("ChannelId", channel));
        if (addsActivityMeta)
        {
            var meta = $"new {TypeNames.At(model, creation.SpanStart, KnownNames.ActivityMeta)} {{ {string.Join(", ", entries.Select(e => $"{e.Name} = {e.Value}"))} }}";
            entries = [("Meta", meta)];
        }

        editor.ReplaceNode(creation, (current, _) =>
        {
            var updated = (BaseObjectCreationExpressionSyntax)current;
            var initializer = updated.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
            var present = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
                .Select(a => (a.Left as IdentifierNameSyntax)?.Identifier.ValueText).ToImmutableHashSet();
            var added = entries.Where(e => !present.Contains(e.Name)).Select(e => SyntaxFactory.ParseExpression($"{e.Name} = {e.Value}")).ToArray();
            if (added.Length == 0) return updated;
            return updated.WithInitializer(initializer.WithExpressions(initializer.Expressions.AddRange(added)).WithAdditionalAnnotations(Formatter.Annotation));
        });
        return true;
    }

    private static bool AddsActivityMeta(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(ActivityMetaAnalyzer.TargetProperty, out var target) && target == ActivityMetaAnalyzer.ActivityTarget;
}
