namespace Twister;

/// <summary>
/// Declares a connector: the C# form of the TypeScript SDK's <c>build()</c>.
/// The source generator reads this attribute and emits the tool wiring, the typed <c>Tools</c>
/// property, the callback registry, the serializers and a static manifest for the class.
/// </summary>
/// <remarks>The class must be <c>partial</c> and derive from <see cref="Connector{TSelf}"/>.</remarks>
/// <param name="name">The connector's stable name (for example <c>"linear"</c>); used as the sync provider id.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ConnectorAttribute(string name) : Attribute
{
    /// <summary>The connector's stable name.</summary>
    public string Name { get; } = name;

    /// <summary>The OAuth provider whose tokens the connector's channels use.</summary>
    public AuthProvider Provider { get; set; }

    /// <summary>The OAuth scopes requested from <see cref="Provider"/>.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>
    /// Link types (enums marked with <see cref="LinkTypeAttribute"/>) that this connector creates.
    /// </summary>
    public Type[] LinkTypes { get; set; } = [];

    /// <summary>
    /// <see langword="true"/> when the connector writes Plot notes back to the external service:
    /// the runtime then dispatches user notes to <c>OnNoteCreatedAsync</c>/<c>OnNoteUpdatedAsync</c>.
    /// </summary>
    public bool HandleReplies { get; set; }

    /// <summary>
    /// The class declaring the connector's options: its properties marked with <see cref="OptionAttribute"/>
    /// (a <see langword="bool"/>, a number or a <see langword="string"/>, with their defaults as initializers).
    /// The generator adds a typed <c>Options</c> property to the connector and lists the options in its manifest.
    /// </summary>
    public Type? Options { get; set; }
}
