namespace Twister;


/// <summary>One status of a link type.</summary>
/// <param name="Status">The status id.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Todo">The status means "to do".</param>
/// <param name="Done">The status means "done".</param>
/// <param name="Tag">The tag applied.</param>
/// <param name="CreateDefault">Opts the type into Plot-initiated creation; pre-selected in the picker.</param>
public sealed record LinkStatus(string Status, string Label, bool Todo = false, bool Done = false, Tag Tag = Tag.None, bool CreateDefault = false);

/// <summary>A link type and its statuses.</summary>
/// <param name="Type">The link type id.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Statuses">The statuses, in declaration order.</param>
public sealed record LinkTypeConfig(string Type, string Label, IReadOnlyList<LinkStatus> Statuses)
{
    /// <summary>The status marked <see cref="LinkStatus.CreateDefault"/>, if any: its presence opts the type into <c>OnCreateLinkAsync</c>.</summary>
    public LinkStatus? CreateDefault => Statuses.FirstOrDefault(s => s.CreateDefault);
}
