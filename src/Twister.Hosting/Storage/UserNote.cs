namespace Twister.Hosting.Storage;

/// <summary>A note a Plot user adds to an activity.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Content">The markdown content.</param>
/// <param name="Author">The user.</param>
public sealed record UserNote(long ActivityId, string Content, Actor Author);
