namespace Twister.Samples.Cluster;

/// <summary>What one run of the cluster sample did.</summary>
/// <param name="Silos">Silos in the cluster.</param>
/// <param name="Processes">Processes they ran in.</param>
/// <param name="Activities">Activities in Plot after the run.</param>
/// <param name="Notes">Notes in Plot after the run.</param>
/// <param name="Batches">Sync batches executed.</param>
/// <param name="Executions">Executions recorded.</param>
/// <param name="FailedExecutions">Executions that failed.</param>
/// <param name="ChannelGrainsPerSilo">How many channel grains each silo hosts at the end (where the work ran).</param>
/// <param name="Duration">Start of the fake service to summary.</param>
public sealed record ClusterSummary(
    int Silos, int Processes, long Activities, long Notes, int Batches, int Executions, int FailedExecutions,
    IReadOnlyDictionary<string, int> ChannelGrainsPerSilo, TimeSpan Duration);
