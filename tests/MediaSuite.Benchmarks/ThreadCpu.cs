using System.Runtime.InteropServices;

namespace MediaSuite.Benchmarks;

/// <summary>The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID): what one thread's work cost, whatever else the machine runs.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static TimeSpan Now()
    {
        if (ClockGetTime(ClockThreadCpuTime, out var time) != 0) throw new InvalidOperationException("clock_gettime failed");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
