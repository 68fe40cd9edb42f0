using System.Security.Cryptography;
using System.Text;
using Twister.Runtime;

namespace Twister.Hosting.Connectors;

/// <summary>
/// A connector version's fingerprint: SHA-256 of everything its manifest declares (provider, scopes,
/// allowlist, link types and statuses, callbacks and their parameters, options). A different hash on start
/// means a new version replaced the installed one, so the host runs its <c>UpgradeAsync</c> once.
/// </summary>
internal static class ManifestHash
{
    public static string Of(ConnectorManifest manifest)
    {
        var text = new StringBuilder()
            .Append(manifest.Name).Append('|').Append(manifest.Provider).Append('|').AppendJoin(',', manifest.Scopes)
            .Append('|').AppendJoin(',', manifest.NetworkUrls).Append('|').Append(manifest.HandleReplies);
        foreach (var type in manifest.LinkTypes)
        {
            text.Append("|type:").Append(type.Type).Append(':').Append(type.Label);
            foreach (var status in type.Statuses) text.Append(';').Append(status);
        }
        foreach (var callback in manifest.Callbacks)
        {
            text.Append("|callback:").Append(callback.Key).Append(':').Append(callback.MethodName).Append(':').Append(callback.InvocationArgumentType);
            foreach (var parameter in callback.Parameters) text.Append(';').Append(parameter.Name).Append(' ').Append(parameter.Type).Append('=').Append(parameter.DefaultValue);
        }
        foreach (var option in manifest.Options)
        {
            text.Append("|option:").Append(option.Key).Append(':').Append(option.Kind).Append(':').Append(option.DefaultValue).Append(':').AppendJoin(',', option.Choices)
                .Append(':').Append(option.Min).Append(':').Append(option.Max);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
