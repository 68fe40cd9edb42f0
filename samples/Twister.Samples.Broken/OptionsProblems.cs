namespace Twister.Samples.Broken;

// TWIST0008: the bounds cross (Min above Max), so no value is valid and the generator binds no options
// from this class.
public sealed class SyncOptions
{
    [Option("Issues per page", Min = 100, Max = 10)]
    public int PageSize { get; init; } = 50;
}
