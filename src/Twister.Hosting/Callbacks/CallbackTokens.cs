using System.Security.Cryptography;
using Twister.Hosting.Storage;

namespace Twister.Hosting.Callbacks;

/// <summary>Persisted callback tokens: unguessable ids naming a connector, a callback key and its arguments.</summary>
internal static class CallbackTokens
{
    /// <summary>256 random bits from the OS's cryptographic generator, as lowercase hex (URL-safe).</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Insert(TwisterDatabase database, string connector, string key, ReadOnlyMemory<byte> arguments, bool isWebhook, DateTimeOffset now)
    {
        var token = NewToken();
        database.Execute(
            "INSERT INTO callbacks (token, connector, callback_key, arguments, is_webhook, created_at) VALUES (@t, @c, @k, @a, @w, @n)",
            ("@t", token), ("@c", connector), ("@k", key), ("@a", arguments.ToArray()), ("@w", isWebhook ? 1 : 0), ("@n", DbValues.ToUnixMs(now)));
        return token;
    }

    public static StoredCallback? Find(TwisterDatabase database, string token)
    {
        using var command = database.Command(
            "SELECT connector, callback_key, arguments, is_webhook FROM callbacks WHERE token = @t", ("@t", token));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoredCallback(token, reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), reader.GetInt64(3) == 1);
    }

    /// <summary>The live webhook tokens, oldest first.</summary>
    public static IReadOnlyList<StoredCallback> ListWebhooks(TwisterDatabase database)
    {
        using var command = database.Command(
            "SELECT token, connector, callback_key, arguments FROM callbacks WHERE is_webhook = 1 ORDER BY created_at, token");
        using var reader = command.ExecuteReader();
        var result = new List<StoredCallback>();
        while (reader.Read()) result.Add(new StoredCallback(reader.GetString(0), reader.GetString(1), reader.GetString(2), (byte[])reader.GetValue(3), IsWebhook: true));
        return result;
    }

    public static bool Delete(TwisterDatabase database, string token, bool isWebhook)
        => database.Execute("DELETE FROM callbacks WHERE token = @t AND is_webhook = @w", ("@t", token), ("@w", isWebhook ? 1 : 0)) > 0;
}

/// <summary>A persisted callback token.</summary>
internal sealed record StoredCallback(string Token, string Connector, string Key, byte[] Arguments, bool IsWebhook);
