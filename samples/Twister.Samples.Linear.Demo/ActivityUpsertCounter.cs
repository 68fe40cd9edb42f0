using System.Diagnostics.Metrics;
using Twister.Hosting.Observability;

namespace Twister.Samples.Linear.Demo;

/// <summary>
/// Counts the activity upserts the host reports on its meter while it is alive: the progress of this
/// run's sync, which a count of Plot's activities cannot show on a second run (they already exist).
/// </summary>
internal sealed class ActivityUpsertCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public ActivityUpsertCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TwisterMetrics.MeterName && instrument.Name == "twister.upserts") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag is { Key: "entity", Value: "activity" }) Interlocked.Add(ref _count, value);
        });
        _listener.Start();
    }

    /// <summary>Activity upserts seen so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
