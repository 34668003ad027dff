using System.Globalization;

namespace MediaSuite.Components.Music;

/// <summary>Durations as players write them: "3:04" for a track, "1 h 12 min" for a playlist.</summary>
public static class DurationText
{
    public static string Clock(long? milliseconds)
    {
        return milliseconds is > 0 ? MusicFormat.TrackDuration(milliseconds) : "–:––";
    }

    public static string Total(long milliseconds)
    {
        var minutes = (long)Math.Round(milliseconds / 60_000.0);
        if (milliseconds > 0 && minutes == 0) return "under a minute";
        return minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }

    public static string Tracks(int count) => MusicFormat.Count(count, "track");
}
