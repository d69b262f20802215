using System.Globalization;

namespace EcoAnalytics.Bench;

/// <summary>Peak resident set of the benchmark process (Linux: VmHWM, reset after setup through /proc/self/clear_refs).</summary>
internal static class PeakMemory
{
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux or not permitted: the figure then includes setup.
        }
    }

    public static void Print() =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// PEAK-RSS {Bytes() / 1024 / 1024} MiB (measured iterations, after setup)"));

    /// <summary>The peak resident set since the last <see cref="Reset"/> (Linux VmHWM), else the process's peak working set, in bytes.</summary>
    public static long Bytes()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return status is null
            ? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64
            : long.Parse(status["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
