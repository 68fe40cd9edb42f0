namespace Twister.Samples.Linear.Demo;

/// <summary>Where the scenario tells what it is doing: the console in the demo, nothing in tests.</summary>
public interface IDemoReporter
{
    /// <summary>A step happened.</summary>
    /// <param name="message">What happened, in plain text.</param>
    void Step(string message);

    /// <summary>Runs the initial sync while showing its progress.</summary>
    /// <param name="total">The number of items expected.</param>
    /// <param name="sync">The sync; it calls its argument after every batch with the activities this run has synced so far.</param>
    Task RunSyncAsync(int total, Func<Action<long>, Task> sync);
}
