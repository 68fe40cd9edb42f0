using System.Runtime.InteropServices;

namespace Twister.Hosting.Benchmarks.Measurement;

/// <summary>
/// Writes the kernel's dirty pages to disk before a timed phase, so the phase does not pay for the writeback
/// of files the previous phase wrote (a 100,000-item sync leaves hundreds of MiB dirty, and the raw run after
/// it measured 2.4 to 3.8 s depending on how much of that the kernel flushed meanwhile).
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
