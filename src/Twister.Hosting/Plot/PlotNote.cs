namespace Twister.Hosting.Plot;

/// <summary>A note as stored by the host.</summary>
/// <param name="Id">Plot's id of the note.</param>
/// <param name="ActivityId">The activity it belongs to.</param>
/// <param name="Key">Its key within the activity, if any.</param>
/// <param name="Content">The content: markdown (HTML is converted on ingest) or plain text.</param>
/// <param name="ContentType">The stored format (never <see cref="ContentType.Html"/>).</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Links">Its links.</param>
/// <param name="BaselineHash">The write-back sync baseline (SHA-256 of the external content), if any.</param>
public sealed record PlotNote(long Id, long ActivityId, string? Key, string? Content, ContentType ContentType, Actor Author, IReadOnlyList<Link> Links, string? BaselineHash);
