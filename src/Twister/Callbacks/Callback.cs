namespace Twister;

/// <summary>
/// A persisted reference to a <see cref="CallbackAttribute">callback</see>: its stable key and its
/// arguments, serialized positionally as a JSON array. Create one with the generated factories
/// (<c>Callbacks.SyncBatch(channelId)</c>); hand it to the Tasks or Callbacks tool.
/// </summary>
/// <param name="Key">The callback key.</param>
/// <param name="Arguments">The arguments as a UTF-8 JSON array; argument <em>i</em> is element <em>i</em>.</param>
public sealed record Callback(string Key, ReadOnlyMemory<byte> Arguments);

/// <summary>
/// A callback whose first parameter (of type <typeparamref name="TInvocation"/>, for example a
/// <see cref="WebhookRequest"/>) is supplied when it is invoked rather than when it is created.
/// </summary>
/// <typeparam name="TInvocation">The type of the argument supplied at invocation.</typeparam>
/// <param name="Key">The callback key.</param>
/// <param name="Arguments">The captured arguments (after the invocation argument) as a UTF-8 JSON array.</param>
public sealed record Callback<TInvocation>(string Key, ReadOnlyMemory<byte> Arguments);
