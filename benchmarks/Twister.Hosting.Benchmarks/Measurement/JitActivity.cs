using System.Runtime;

namespace Twister.Hosting.Benchmarks.Measurement;

/// <summary>
/// JIT compilation over a span: methods compiled and the time spent compiling them, on every thread. Tiered
/// compilation keeps recompiling hot methods in the background long after they first ran; a sync measured
/// before that settles pays for it (a 10,000-item warm-up left 3,000 methods and 3 s of compiling inside the
/// next 100,000-item sync, a quarter of its CPU time), so each trial reports it.
/// </summary>
/// <param name="Methods">Methods compiled.</param>
/// <param name="CompilationTime">Time spent compiling.</param>
internal readonly record struct JitActivity(long Methods, TimeSpan CompilationTime)
{
    /// <summary>The counters now.</summary>
    public static JitActivity Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    /// <summary>What happened since <paramref name="start"/>.</summary>
    public JitActivity Since(JitActivity start) => new(Methods - start.Methods, CompilationTime - start.CompilationTime);
}
