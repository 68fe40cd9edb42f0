namespace Twister.Samples.Slack.Sync;

/// <summary>What the connector keeps of a workspace member (cached in the Store, refreshed daily).</summary>
/// <param name="Id">The immutable user id (<c>U…</c>).</param>
/// <param name="Name">The name shown for them: their display name, else their full name, else their handle.</param>
/// <param name="FullName">Their full name, for contacts.</param>
/// <param name="Email">Their email, when Slack gives it.</param>
/// <param name="AvatarUrl">A 72-pixel avatar.</param>
/// <param name="Fetched">When it was read from Slack.</param>
public sealed record SlackPerson(string Id, string Name, string? FullName, string? Email, string? AvatarUrl, DateTimeOffset Fetched)
{
    /// <summary>The person as a Plot contact, deduplicated by their Slack account.</summary>
    public NewContact ToContact() => new()
    {
        Name = FullName ?? Name,
        Email = Email,
        AvatarUrl = AvatarUrl,
        Source = new ContactSource(ThreadItem.Provider, Id),
    };

    /// <summary>A member Slack no longer knows: only their id.</summary>
    /// <param name="id">The user id.</param>
    /// <param name="fetched">When Slack was asked.</param>
    public static SlackPerson Unknown(string id, DateTimeOffset fetched) => new(id, id, null, null, null, fetched);

    /// <summary>What the connector keeps of a member Slack returned.</summary>
    /// <param name="user">The member.</param>
    /// <param name="fetched">When it was read.</param>
    public static SlackPerson From(Api.SlackUser user, DateTimeOffset fetched)
    {
        var profile = user.Profile;
        var fullName = NonEmpty(profile?.RealName) ?? NonEmpty(user.RealName);
        return new SlackPerson(user.Id, NonEmpty(profile?.DisplayName) ?? fullName ?? NonEmpty(user.Name) ?? user.Id, fullName, NonEmpty(profile?.Email), NonEmpty(profile?.Image72), fetched);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
