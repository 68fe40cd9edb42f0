namespace Twister.Hosting.Benchmarks.Measurement;

/// <summary>
/// Samples the process's working set and managed heap on a dedicated thread (not the thread pool the
/// sync runs on) every <see cref="Interval"/>, keeping the peaks. Peaks between two samples are missed,
/// so the figures are lower bounds at this resolution.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    /// <summary>Time between samples.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private long _peakWorkingSet;
    private long _peakManagedHeap;
    private int _samples;

    private MemorySampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler", Priority = ThreadPriority.AboveNormal };
    }

    /// <summary>Starts sampling.</summary>
    public static MemorySampler Start()
    {
        var sampler = new MemorySampler();
        sampler.TakeSample();
        sampler._thread.Start();
        return sampler;
    }

    /// <summary>Stops sampling (after one last sample) and returns the peaks.</summary>
    public MemoryPeak Stop()
    {
        _stop.Set();
        _thread.Join();
        TakeSample();
        return new MemoryPeak(_peakWorkingSet, _peakManagedHeap, _samples);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_stop.IsSet) Stop();
        _stop.Dispose();
    }

    private void Sample()
    {
        while (!_stop.Wait(Interval)) TakeSample();
    }

    private void TakeSample()
    {
        var workingSet = Environment.WorkingSet;
        var managedHeap = GC.GetTotalMemory(forceFullCollection: false);
        if (workingSet > _peakWorkingSet) _peakWorkingSet = workingSet;
        if (managedHeap > _peakManagedHeap) _peakManagedHeap = managedHeap;
        _samples++;
    }
}

/// <summary>Peaks seen by a <see cref="MemorySampler"/>.</summary>
/// <param name="WorkingSet">Peak resident set, bytes.</param>
/// <param name="ManagedHeap">Peak managed heap (live and not yet collected objects), bytes.</param>
/// <param name="Samples">How many samples were taken.</param>
internal readonly record struct MemoryPeak(long WorkingSet, long ManagedHeap, int Samples);

/// <summary>Memory right now, after a full blocking collection: the level a run starts from.</summary>
/// <param name="WorkingSet">Resident set, bytes.</param>
/// <param name="ManagedHeap">Live managed heap, bytes.</param>
internal readonly record struct MemoryBaseline(long WorkingSet, long ManagedHeap)
{
    /// <summary>Collects everything collectable, then measures.</summary>
    public static MemoryBaseline AfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return new MemoryBaseline(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false));
    }
}

/// <summary>Garbage-collector activity over a span: collections per generation and bytes allocated.</summary>
/// <param name="Gen0">Generation-0 collections.</param>
/// <param name="Gen1">Generation-1 collections.</param>
/// <param name="Gen2">Generation-2 collections.</param>
/// <param name="AllocatedBytes">Bytes allocated by every thread.</param>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    /// <summary>The counters now.</summary>
    public static GcActivity Now()
        => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: true));

    /// <summary>What happened since <paramref name="start"/>.</summary>
    public GcActivity Since(GcActivity start)
        => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, AllocatedBytes - start.AllocatedBytes);
}
