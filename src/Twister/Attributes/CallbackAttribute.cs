namespace Twister;

/// <summary>
/// Marks a connector method as a callback that can be persisted (as a task, a webhook target or a
/// callback token) and invoked later, possibly by a newer version of the connector.
/// </summary>
/// <remarks>
/// The callback's identity is its <see cref="Key"/>: by default the method name; pass a key to pin
/// it so the method can be renamed. Arguments are positional: parameter <em>i</em> is field
/// <em>i</em>. Only append optional parameters to a shipped callback.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class CallbackAttribute : Attribute
{
    /// <summary>Uses the method name as the callback key.</summary>
    public CallbackAttribute() { }

    /// <summary>Pins the callback key, so that the method may be renamed.</summary>
    /// <param name="key">The stable key.</param>
    public CallbackAttribute(string key) => Key = key;

    /// <summary>The pinned key, or <see langword="null"/> to use the method name.</summary>
    public string? Key { get; }
}
