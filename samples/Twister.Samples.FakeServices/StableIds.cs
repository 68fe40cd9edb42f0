using System.Security.Cryptography;
using System.Text;

namespace Twister.Samples.FakeServices;

/// <summary>
/// Identifiers derived from a seed and a name with SHA-256, so every run of a fake has the same ids.
/// Each fake shapes them the way its service does (hex account ids, base32hex event ids, ...).
/// </summary>
public static class StableIds
{
    private const string Base32Hex = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>Lower-case hexadecimal of the hash, <paramref name="length"/> characters (at most 64).</summary>
    /// <param name="seed">The data set's seed.</param>
    /// <param name="name">What the id names, unique within the data set.</param>
    /// <param name="length">How many characters.</param>
    public static string Hex(int seed, string name, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 64);
        return Convert.ToHexStringLower(Hash(seed, name))[..length];
    }

    /// <summary>Characters of <c>[0-9a-v]</c> (base32hex), <paramref name="length"/> of them (at most 51).</summary>
    /// <param name="seed">The data set's seed.</param>
    /// <param name="name">What the id names, unique within the data set.</param>
    /// <param name="length">How many characters.</param>
    public static string Base32(int seed, string name, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 51);
        var hash = Hash(seed, name);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = Base32Hex[hash[i] & 31];
        return new string(chars);
    }

    /// <summary>Upper-case letters and digits after <paramref name="prefix"/>, like Slack's <c>U024BE7LH</c>.</summary>
    /// <param name="seed">The data set's seed.</param>
    /// <param name="name">What the id names, unique within the data set.</param>
    /// <param name="prefix">The kind letter, for example <c>U</c> or <c>C</c>.</param>
    /// <param name="length">How many characters follow the prefix (at most 51).</param>
    public static string Upper(int seed, string name, string prefix, int length) => prefix + Base32(seed, name, length).ToUpperInvariant();

    private static byte[] Hash(int seed, string name) => SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{name}"));
}
