using System.Security.Cryptography;
using Twister.Hosting.Execution;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Callbacks;

/// <summary>Callback and webhook tokens: unguessable ids naming a connector, a callback key and its arguments.</summary>
internal static class CallbackTokens
{
    /// <summary>256 random bits from the OS's cryptographic generator, as lowercase hex (URL-safe).</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>Buffers a new token in the execution's unit of work; work it starts runs on the execution's channel.</summary>
    public static string Create(ExecutionScope scope, string key, ReadOnlyMemory<byte> arguments, bool isWebhook, bool isSynchronous = false)
    {
        var token = NewToken();
        scope.Work.Add(new CreateCallback(new StoredCallback(token, scope.Connector.Name, key, arguments.ToArray(), isWebhook, scope.Channel.ChannelId, scope.Now)
        {
            IsSynchronous = isSynchronous,
        }));
        return token;
    }

    /// <summary>The token as the execution sees it: its own creations and deletions, else the committed one.</summary>
    public static async ValueTask<StoredCallback?> FindAsync(ExecutionScope scope, string token, CancellationToken cancellationToken)
    {
        var (known, callback) = scope.Work.FindCallback(token);
        if (known) return callback;
        var committed = await scope.Storage.Callbacks.FindAsync(token, cancellationToken).ConfigureAwait(false);
        return committed is { IsWebhook: false } && committed.Connector == scope.Connector.Name && scope.Work.CallbacksCleared ? null : committed;
    }
}
