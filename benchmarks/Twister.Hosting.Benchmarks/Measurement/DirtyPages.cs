using System.Runtime.InteropServices;

namespace Twister.Hosting.Benchmarks.Measurement;

/// <summary>
/// Writes the kernel's dirty pages to disk before a timed phase, so the phase does not start with the
/// previous phase's writes (a 100,000-item sync leaves hundreds of MiB) still to be written back. Hygiene,
/// not a measured gain: with it, the raw run after the host still took 2.3 to 3.7 s for the same rows.
/// </summary>
internal static class DirtyPages
{
    /// <summary>Flushes every file system's dirty pages (Linux and macOS; elsewhere nothing).</summary>
    public static void Flush()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) Sync();
    }

    // No arguments to marshal: a plain DllImport (LibraryImport would need unsafe code in this project).
    [DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();
}
