using System.Runtime.CompilerServices;
using System.Threading;

namespace Twister.Generators.Connectors.Reuse;

/// <summary>
/// A process-unique number per object, held weakly: lets a cache key say "the same options / the same
/// metadata reference object" without keeping that object alive.
/// </summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Ids = new();
    private static long _lastId;

    /// <summary>The number of <paramref name="value"/>, assigned on first request.</summary>
    public static long Of(object value) => Ids.GetValue(value, static _ => new StrongBox<long>(Interlocked.Increment(ref _lastId))).Value;
}
