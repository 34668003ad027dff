using System.Globalization;

namespace MediaSuite.Components.Music;

/// <summary>Durations and counts as the music pages show them.</summary>
public static class MusicFormat
{
    /// <summary>A track's length: "3:05", "1:02:07"; an unknown length is shown as a dash.</summary>
    public static string TrackDuration(long? milliseconds)
    {
        if (milliseconds is not { } ms || ms < 0) return "–";
        var time = TimeSpan.FromMilliseconds(ms);
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }

    /// <summary>An album's or a list's length: "42 min", "1 h 12 min"; under a minute, seconds ("45 s").</summary>
    public static string TotalDuration(long milliseconds)
    {
        var time = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        if (time.TotalMinutes < 1) return $"{(int)time.TotalSeconds} s";
        var minutes = (int)Math.Round(time.TotalMinutes, MidpointRounding.AwayFromZero);
        return minutes < 60 ? $"{minutes} min" : $"{minutes / 60} h {minutes % 60} min";
    }

    public static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}s");
}
