using System.Diagnostics;

namespace MediaSuite.Benchmarks;

/// <summary>p50/p95 of an operation after a warm-up, each call timed on its own.</summary>
internal static class Latency
{
    public sealed record Figures(string Name, double P50, double P95, int Count)
    {
        public string Row(double targetMs) => $"| {Name} | {P50:0.00} | {P95:0.00} | ≤ {targetMs:0} | {(P95 <= targetMs ? "✔" : "✘")} |";
    }

    public static async Task<Figures> MeasureAsync(string name, int count, Func<int, Task> operation)
    {
        for (var i = 0; i < Math.Min(20, count); i++) await operation(i);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation(i);
            samples[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Figures(name, samples[count / 2], samples[Math.Min(count - 1, (int)Math.Ceiling(count * 0.95) - 1)], count);
    }
}
