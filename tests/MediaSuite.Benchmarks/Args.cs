using System.Globalization;

namespace MediaSuite.Benchmarks;

internal static class Args
{
    public static int Int(string[] args, string name, int fallback) => Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
