using System.Globalization;

namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>Reading the text values ffprobe prints: fractions, tag lookups, dates.</summary>
public static class FfprobeValues
{
    /// <summary>"30000/1001" → 29.97, "25/1" → 25, "0/0" or junk → null. Three decimals, as players show it.</summary>
    public static double? FrameRate(string? fraction)
    {
        if (string.IsNullOrWhiteSpace(fraction)) return null;
        var parts = fraction.Split('/');
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)) return null;
        var denominator = 1.0;
        if (parts.Length == 2 && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out denominator)) return null;
        if (parts.Length > 2 || denominator <= 0 || numerator <= 0) return null;
        var rate = numerator / denominator;
        return double.IsFinite(rate) ? Math.Round(rate, 3) : null;
    }

    /// <summary>The first of the named tags that has a non-blank value; tag names are matched ignoring case.</summary>
    public static string? Tag(IReadOnlyDictionary<string, string>? tags, params ReadOnlySpan<string> names)
    {
        if (tags is null) return null;
        foreach (var name in names)
        foreach (var (key, value) in tags)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
                return value.Trim();
        return null;
    }

    /// <summary>
    /// "2023-07-14T16:30:05.000000Z", "2023-07-14T18:30:05+0200", "2023-07-14 16:30:05" (taken as UTC,
    /// which is what MP4 and Matroska store). Dates before 1971 are the zero values of MP4 (1904)
    /// and Unix clocks, not real creation times, and read as null.
    /// </summary>
    public static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();
        // .NET wants "+02:00"; Apple writes "+0200".
        if (value.Length > 5 && value[^5] is '+' or '-' && value[^4..].All(char.IsAsciiDigit))
            value = value[..^2] + ":" + value[^2..];
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) return null;
        return date.UtcDateTime.Year < 1971 ? null : date;
    }

    /// <summary>ffprobe's seconds as whole milliseconds.</summary>
    public static long? Milliseconds(double? seconds) =>
        seconds is { } s && double.IsFinite(s) && s >= 0 ? (long)Math.Round(s * 1000) : null;

    /// <summary>Bits per second as whole kbit/s.</summary>
    public static int? Kilobits(long? bitsPerSecond) =>
        bitsPerSecond is > 0 and { } bps ? (int)Math.Min(Math.Round(bps / 1000.0), int.MaxValue) : null;
}
