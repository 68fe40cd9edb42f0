namespace Twister;

/// <summary>
/// Declares that a property or field holds an identifier that never changes for the external item,
/// so it is safe to build an activity <c>Source</c> from it (analyzer TWIST2001 accepts it).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true)]
public sealed class ImmutableIdAttribute : Attribute;

/// <summary>
/// Declares that a property or field holds an identifier that can change (a key, a slug, a number),
/// so an activity <c>Source</c> must not be built from it (analyzer TWIST2001 flags it).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true)]
public sealed class MutableIdAttribute : Attribute;
