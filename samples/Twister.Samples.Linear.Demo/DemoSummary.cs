namespace Twister.Samples.Linear.Demo;

/// <summary>What one run of the demo did and left behind.</summary>
/// <param name="Activities">Activities in Plot after the run (all runs together: a second run must not add any).</param>
/// <param name="Notes">Notes in Plot after the run.</param>
/// <param name="Batches">Sync batches this run executed.</param>
/// <param name="Requests">Requests (HTTP, tool calls, store operations) counted by this run's executions.</param>
/// <param name="Executions">Executions this run recorded (the first install's one-time activation aside).</param>
/// <param name="FailedExecutions">Executions of this run that failed.</param>
/// <param name="Duration">How long the run took, start of the fake service to summary.</param>
public sealed record DemoSummary(long Activities, long Notes, int Batches, int Requests, int Executions, int FailedExecutions, TimeSpan Duration);
