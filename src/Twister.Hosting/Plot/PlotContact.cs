namespace Twister.Hosting.Plot;

/// <summary>A contact as Plot holds it, deduplicated by source account or email.</summary>
/// <param name="Key">The key items and notes refer to it by (<c>src:{provider}:{accountId}</c>, else <c>email:{email}</c>).</param>
/// <param name="Email">Its email.</param>
/// <param name="Name">Its display name.</param>
/// <param name="AvatarUrl">Its avatar's URL.</param>
/// <param name="Source">Its account in an external service.</param>
public sealed record PlotContact(string Key, string? Email, string? Name, string? AvatarUrl, ContactSource? Source)
{
    /// <summary>The contact as an <see cref="Actor"/>, as write-back hooks receive it.</summary>
    public Actor ToActor() => new(Key, ActorType.Contact, Name) { Email = Email, Source = Source };
}
