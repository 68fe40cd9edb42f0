namespace Twister.Runtime;

/// <summary>
/// What a connector declares, generated at build time so that a host or a deploy step can read it
/// without running connector code.
/// </summary>
/// <param name="Name">The connector's name.</param>
/// <param name="TypeName">The connector class's full name.</param>
/// <param name="Provider">The OAuth provider.</param>
/// <param name="Scopes">The OAuth scopes.</param>
/// <param name="NetworkUrls">The outbound URL allowlist.</param>
/// <param name="HandleReplies">Whether Plot notes are written back through the note hooks.</param>
/// <param name="LinkTypes">The link types and their statuses.</param>
/// <param name="Callbacks">The callbacks, sorted by key.</param>
public sealed record ConnectorManifest(
    string Name,
    string TypeName,
    AuthProvider Provider,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> NetworkUrls,
    bool HandleReplies,
    IReadOnlyList<LinkTypeConfig> LinkTypes,
    IReadOnlyList<CallbackManifest> Callbacks)
{
    /// <summary>The connector's options (from <see cref="ConnectorAttribute.Options"/>), in declaration order.</summary>
    public IReadOnlyList<ConnectorOptionManifest> Options { get; init; } = [];
}

/// <summary>One callback of a connector.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="MethodName">The C# method it dispatches to.</param>
/// <param name="InvocationArgumentType">The type of the argument supplied at invocation, if any.</param>
/// <param name="Parameters">The persisted parameters, in position order.</param>
public sealed record CallbackManifest(string Key, string MethodName, string? InvocationArgumentType, IReadOnlyList<CallbackParameterManifest> Parameters);

/// <summary>One persisted parameter of a callback.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The parameter type, fully qualified.</param>
/// <param name="DefaultValue">The declared default as C# source, or <see langword="null"/> when the parameter is required.</param>
public sealed record CallbackParameterManifest(string Name, string Type, string? DefaultValue)
{
    /// <summary><see langword="true"/> when the parameter may be omitted by older callers.</summary>
    public bool IsOptional => DefaultValue is not null;
}
