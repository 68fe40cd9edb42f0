using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Twister.Generators.Analyzers.Callbacks;

/// <summary>One parameter of a recorded callback: <c>type name</c> or <c>type name = default</c>.</summary>
internal sealed record BaselineParameter(string Type, string Name, string? DefaultValue);

/// <summary>One line of a callback baseline: <c>Namespace.Type:key(parameters)</c>, possibly retired.</summary>
/// <param name="ConnectorType">The connector's fully qualified type name, without <c>global::</c>.</param>
/// <param name="Key">The callback key.</param>
/// <param name="Parameters">The persisted parameters, in position order.</param>
/// <param name="Retired">Whether the line starts with <c>*RETIRED*</c>: the callback was removed on purpose.</param>
internal sealed record BaselineEntry(string ConnectorType, string Key, ImmutableArray<BaselineParameter> Parameters, bool Retired)
{
    /// <summary>Where the line is in its file, so a diagnostic about the line itself can point at it.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The line and columns of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan { get; init; }
}
