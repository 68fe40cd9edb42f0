namespace Twister;

/// <summary>Declares one status of a <see cref="LinkTypeAttribute">link type</see>.</summary>
/// <param name="status">The status id sent to Plot.</param>
/// <param name="label">The label shown in Plot.</param>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class StatusAttribute(string status, string label) : Attribute
{
    /// <summary>The status id.</summary>
    public string Status { get; } = status;

    /// <summary>The label shown in Plot.</summary>
    public string Label { get; } = label;

    /// <summary>The status means "to do".</summary>
    public bool Todo { get; set; }

    /// <summary>The status means "done".</summary>
    public bool Done { get; set; }

    /// <summary>A tag Plot applies to links in this status.</summary>
    public Tag Tag { get; set; }

    /// <summary>
    /// Opts the link type into Plot-initiated creation (<c>OnCreateLinkAsync</c>) and marks the status
    /// the UI pre-selects. At most one status of a link type should set it.
    /// </summary>
    public bool CreateDefault { get; set; }
}
