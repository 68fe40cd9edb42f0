using System.Security.Cryptography;
using System.Text;

namespace Twister.Hosting.Plot;

/// <summary>The write-back sync baseline: SHA-256 of exactly the content the connector's sync-in emits.</summary>
internal static class ContentHash
{
    public static string Of(string? content)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? "")));
}
