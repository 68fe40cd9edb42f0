using Twister.Generators.Common;

namespace Twister.Generators.LinkTypes.Model;

/// <summary>A <c>[LinkType]</c> enum as the generator needs it: strings and equatable arrays only.</summary>
/// <param name="Namespace">The enum's namespace, or empty for the global namespace.</param>
/// <param name="EnumName">The enum's simple name.</param>
/// <param name="EnumFullName">The enum's <c>global::</c> name.</param>
/// <param name="IsPublic">Whether the enum is public (the generated helpers then are too).</param>
/// <param name="Type">The link type id.</param>
/// <param name="Label">The label shown in Plot.</param>
/// <param name="Statuses">The statuses, in declaration order.</param>
/// <param name="IsInSource">Whether the enum is declared in the compilation (so the link-type generator emits its helper there).</param>
internal sealed record LinkTypeModel(
    string Namespace,
    string EnumName,
    string EnumFullName,
    bool IsPublic,
    string Type,
    string Label,
    EquatableArray<LinkStatusModel> Statuses,
    bool IsInSource)
{
    /// <summary>The generated helper class's simple name.</summary>
    public string HelperName => EnumName + "LinkType";

    /// <summary>The generated helper class's <c>global::</c> name.</summary>
    public string HelperFullName => Namespace.Length == 0 ? "global::" + HelperName : $"global::{Namespace}.{HelperName}";
}

/// <summary>One <c>[Status]</c> member of a link type enum.</summary>
/// <param name="MemberName">The enum member.</param>
/// <param name="Status">The status id.</param>
/// <param name="Label">The label.</param>
/// <param name="Todo">Means "to do".</param>
/// <param name="Done">Means "done".</param>
/// <param name="Tag">The <c>Twister.Tag</c> member name.</param>
/// <param name="CreateDefault">Opts the type into Plot-initiated creation.</param>
internal sealed record LinkStatusModel(string MemberName, string Status, string Label, bool Todo, bool Done, string Tag, bool CreateDefault);
