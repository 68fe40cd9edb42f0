using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Emit;
using Twister.Generators.Connectors.Parsing;

namespace Twister.Generators.Connectors;

/// <summary>
/// Emits, for every <c>[Connector]</c> class, one file with its build wiring (typed <c>Tools</c> and a
/// static manifest), its versioned callback registry and its serializers. Reports no diagnostics:
/// invalid connectors are skipped and the analyzers explain why.
/// </summary>
/// <remarks>
/// Keeps no state: on a new compilation the transform reads each connector again and the driver
/// compares the new model with the previous one, so an edit that leaves a model equal leaves its
/// output cached.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ConnectorGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var connectors = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownNames.ConnectorAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => ConnectorParser.Read(ctx, ct))
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.ConnectorModel);

        context.RegisterSourceOutput(connectors, static (spc, model) => spc.AddSource(ConnectorEmitter.HintName(model!), ConnectorEmitter.Emit(model!)));
    }
}
