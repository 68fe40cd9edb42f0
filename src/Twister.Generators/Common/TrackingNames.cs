namespace Twister.Generators.Common;

/// <summary>
/// Names of the incremental pipeline steps, so that caching tests can ask the driver for exactly
/// these steps and assert their run reasons.
/// </summary>
internal static class TrackingNames
{
    /// <summary>A connector class turned into its equatable model.</summary>
    public const string ConnectorModel = nameof(ConnectorModel);

    /// <summary>A link type enum turned into its equatable model.</summary>
    public const string LinkTypeModel = nameof(LinkTypeModel);
}
