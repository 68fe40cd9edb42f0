namespace Twister.Generators.Common;

/// <summary>
/// The accessibility a generated member may have, ordered from most to least restrictive so the
/// most restrictive of several is their minimum.
/// </summary>
internal enum GeneratedAccessibility
{
    /// <summary>Visible only inside the connector class (a parameter type nested privately in it).</summary>
    Private,
    /// <summary>Visible inside the assembly.</summary>
    Internal,
    /// <summary>Visible everywhere.</summary>
    Public,
}
