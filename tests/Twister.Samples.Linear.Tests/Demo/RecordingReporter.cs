using Twister.Samples.Linear.Demo;

namespace Twister.Samples.Linear.Tests.Demo;

/// <summary>Keeps what the demo reports, to assert on it instead of reading a console.</summary>
internal sealed class RecordingReporter : IDemoReporter
{
    public List<string> Steps { get; } = [];

    public List<long> Progress { get; } = [];

    public void Step(string message) => Steps.Add(message);

    public Task RunSyncAsync(int total, Func<Action<long>, Task> sync) => sync(Progress.Add);
}
