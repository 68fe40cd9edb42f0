using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// The escape hatch: <c>&lt;TwisterGeneratorReuse&gt;false&lt;/TwisterGeneratorReuse&gt;</c> in a project makes
/// the connector generator bind every connector on every compilation, as it did before model reuse
/// (for diagnosing a suspected stale output; docs/generators.md says what reuse tracks).
/// </summary>
internal static class ReuseSwitch
{
    /// <summary>The MSBuild property (made compiler-visible by the package's props).</summary>
    public const string PropertyName = "TwisterGeneratorReuse";

    /// <summary>Whether reuse is on: unless the property is <c>false</c>.</summary>
    public static bool IsEnabled(AnalyzerConfigOptions globalOptions)
        => !(globalOptions.TryGetValue("build_property." + PropertyName, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
}
