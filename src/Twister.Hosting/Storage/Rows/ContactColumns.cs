using System.ComponentModel;
using Twister.Hosting.Plot;

namespace Twister.Hosting.Storage.Rows;

#pragma warning disable CS1591 // one property per selected column, named as the column alias
/// <summary>A row of the <c>contacts</c> table as providers select it.
/// Public only for storage providers in other assemblies (Dapper.AOT writes row readers for accessible types only); not for application code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ContactColumns
{
    /// <summary>The columns as every provider selects them from <c>contacts</c>.</summary>
    internal const string Select = """
        SELECT source_key AS SourceKey, email_key AS EmailKey, provider AS Provider, account_id AS AccountId, email AS Email,
               name AS Name, avatar_url AS AvatarUrl
        FROM contacts
        """;

    public string? SourceKey { get; set; }
    public string? EmailKey { get; set; }
    public string? Provider { get; set; }
    public string? AccountId { get; set; }
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? AvatarUrl { get; set; }

    internal PlotContact ToContact() => new(
        SourceKey ?? EmailKey!, Email, Name, AvatarUrl, Provider is not null && AccountId is not null ? new ContactSource(Provider, AccountId) : null);

    /// <summary>The found contacts by every key asked for that one of them holds.</summary>
    internal static IReadOnlyDictionary<string, PlotContact> ByKey(IEnumerable<ContactColumns> rows, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, PlotContact>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var contact = row.ToContact();
            if (row.SourceKey is { } source && keys.Contains(source)) result[source] = contact;
            if (row.EmailKey is { } email && keys.Contains(email)) result[email] = contact;
        }
        return result;
    }
}
