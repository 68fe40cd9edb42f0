using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Common;
using Twister.Generators.LinkTypes.Emit;
using Twister.Generators.LinkTypes.Parsing;

namespace Twister.Generators.LinkTypes;

/// <summary>Emits, for every <c>[LinkType]</c> enum, its <c>LinkTypeConfig</c> and typed status conversions.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class LinkTypeGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var models = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.LinkTypeAttribute,
                static (node, _) => node is EnumDeclarationSyntax,
                static (ctx, _) => ctx.TargetSymbol is INamedTypeSymbol type ? LinkTypeParser.Read(type) : null)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.LinkTypeModel);

        context.RegisterSourceOutput(models, static (spc, model) => spc.AddSource(LinkTypeEmitter.HintName(model!), LinkTypeEmitter.Emit(model!)));
    }
}
