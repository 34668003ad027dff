using System.Globalization;

namespace MediaSuite.Components.Music;

/// <summary>Durations as players write them: "3:04" for a track, "1 h 12 min" for a playlist.</summary>
public static class DurationText
{
    public static string Clock(long? milliseconds)
    {
        if (milliseconds is not > 0) return "–:––";
        var time = TimeSpan.FromMilliseconds(milliseconds.Value);
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }

    public static string Total(long milliseconds)
    {
        var minutes = (long)Math.Round(milliseconds / 60_000.0);
        if (milliseconds > 0 && minutes == 0) return "under a minute";
        return minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }

    public static string Tracks(int count) => count == 1 ? "1 track" : $"{count:N0} tracks";
}
