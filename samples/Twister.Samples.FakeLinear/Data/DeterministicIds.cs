using System.Security.Cryptography;
using System.Text;

namespace Twister.Samples.FakeLinear.Data;

/// <summary>UUIDs derived from a seed and a name (SHA-256, version/variant bits set), so every run has the same ids.</summary>
internal static class DeterministicIds
{
    public static string Uuid(int seed, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{name}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
