using Twister.Generators.Callbacks.Model;
using Twister.Generators.Common;
using Twister.Generators.LinkTypes.Model;
using Twister.Generators.Options.Model;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Connectors.Model;

/// <summary>
/// Everything the generator emits for one <c>[Connector]</c> class, as values only: no symbol,
/// syntax node or compilation survives, so an unchanged connector compares equal and stays cached.
/// </summary>
/// <param name="Namespace">The class's namespace, or empty for the global namespace.</param>
/// <param name="ClassName">The class's simple name.</param>
/// <param name="FullName">The class's <c>global::</c> name.</param>
/// <param name="IsSealed">Whether the class is sealed (its generated members are then private rather than protected).</param>
/// <param name="Name">The connector's stable name.</param>
/// <param name="Provider">The <c>AuthProvider</c> member name (or a cast of its value).</param>
/// <param name="Scopes">The OAuth scopes.</param>
/// <param name="NetworkUrls">The outbound URL allowlist; the <c>Network</c> tool is exposed only when it is declared.</param>
/// <param name="HasNetworkAccess">Whether <c>[NetworkAccess]</c> is present.</param>
/// <param name="HandleReplies">Whether write-back is on.</param>
/// <param name="LinkTypes">The link types named in <c>[Connector(LinkTypes = ...)]</c>.</param>
/// <param name="Callbacks">The callbacks, sorted by key.</param>
/// <param name="Shapes">Every serializable type reached from callback parameters and stored state, sorted by name.</param>
/// <param name="RootTypes">The types the serializer provider serves directly (callback parameters and stored types), sorted.</param>
/// <param name="Options">The options class of <c>[Connector(Options = ...)]</c>, or <see langword="null"/> when there is none (or it is invalid: TWIST0008).</param>
internal sealed record ConnectorModel(
    string Namespace,
    string ClassName,
    string FullName,
    bool IsSealed,
    string Name,
    string Provider,
    EquatableArray<string> Scopes,
    EquatableArray<string> NetworkUrls,
    bool HasNetworkAccess,
    bool HandleReplies,
    EquatableArray<LinkTypeModel> LinkTypes,
    EquatableArray<CallbackModel> Callbacks,
    EquatableArray<TypeShape> Shapes,
    EquatableArray<string> RootTypes,
    OptionsModel? Options)
{
    /// <summary>The class's name in metadata form (for the manifest).</summary>
    public string MetadataName => Namespace.Length == 0 ? ClassName : $"{Namespace}.{ClassName}";
}
