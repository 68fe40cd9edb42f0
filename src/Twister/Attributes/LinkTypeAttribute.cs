namespace Twister;

/// <summary>
/// Declares a link type on an enum whose members are its statuses (each marked with
/// <see cref="StatusAttribute"/>). The generator emits the <see cref="LinkTypeConfig"/> and typed
/// conversions between the enum and the status strings.
/// </summary>
/// <param name="type">The link type id, for example <c>"issue"</c>.</param>
[AttributeUsage(AttributeTargets.Enum, Inherited = false, AllowMultiple = false)]
public sealed class LinkTypeAttribute(string type) : Attribute
{
    /// <summary>The link type id.</summary>
    public string Type { get; } = type;

    /// <summary>The label shown in Plot; defaults to <see cref="Type"/>.</summary>
    public string? Label { get; set; }
}
