namespace Twister.Generators.Common;

/// <summary>
/// Names of the incremental pipeline steps, so that caching tests can ask the driver for exactly
/// these steps and assert their run reasons.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Every connector model of a compilation, in tree then position order (reused models are the same objects).</summary>
    public const string ConnectorModels = nameof(ConnectorModels);

    /// <summary>A connector class turned into its equatable model.</summary>
    public const string ConnectorModel = nameof(ConnectorModel);

    /// <summary>A link type enum turned into its equatable model.</summary>
    public const string LinkTypeModel = nameof(LinkTypeModel);
}
