using System.Collections.Concurrent;

namespace Twister.Hosting.Tests.TestConnectors;

/// <summary>Simulated crashes: a test arms a named point; the connector's next pass through it throws once.</summary>
internal static class CrashPoints
{
    private static readonly ConcurrentDictionary<string, bool> Armed = new(StringComparer.Ordinal);

    public static void Arm(string name) => Armed[name] = true;

    public static void Pass(string name)
    {
        if (Armed.TryRemove(name, out _)) throw new SimulatedCrashException(name);
    }
}

/// <summary>The process "died" at a crash point.</summary>
internal sealed class SimulatedCrashException(string point) : Exception($"Simulated crash at {point}.");
