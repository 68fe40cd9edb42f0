using Microsoft.CodeAnalysis;
using Twister.Generators.Common;
using Twister.Generators.Connectors.Emit;
using Twister.Generators.Connectors.Reuse;

namespace Twister.Generators.Connectors;

/// <summary>
/// Emits, for every <c>[Connector]</c> class, one file with its build wiring (typed <c>Tools</c> and a
/// static manifest), its versioned callback registry and its serializers. Reports no diagnostics:
/// invalid connectors are skipped and the analyzers explain why.
/// </summary>
/// <remarks>
/// Not <c>ForAttributeWithMetadataName</c>: that reruns its transform for every connector on every new
/// compilation. One cheap step per compilation instead reuses each connector's model while no name it
/// could depend on is declared differently and nothing compilation-wide has changed
/// (<see cref="ConnectorReuseCache"/>); docs/generators.md states what is tracked. The MSBuild
/// property <c>TwisterGeneratorReuse=false</c> turns reuse off (<see cref="ReuseSwitch"/>).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ConnectorGenerator : IIncrementalGenerator
{
    /// <summary>Per generator instance, as the IDE keeps one instance across a project's compilations.</summary>
    internal ConnectorReuseCache Reuse { get; } = new();

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var reuse = Reuse;
        var reuseEnabled = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => ReuseSwitch.IsEnabled(options.GlobalOptions));
        var connectors = context.CompilationProvider
            .Combine(reuseEnabled)
            .Select((input, ct) => reuse.Models(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.ConnectorModels)
            .SelectMany(static (models, _) => models)
            .WithTrackingName(TrackingNames.ConnectorModel);

        context.RegisterSourceOutput(connectors, static (spc, model) => spc.AddSource(ConnectorEmitter.HintName(model), ConnectorEmitter.Emit(model)));
    }
}
