using System.Globalization;

namespace MediaSuite.Components.Player;

public static class Durations
{
    /// <summary>"3:07", or "1:02:03" past an hour; empty when the length is unknown.</summary>
    public static string Format(long? milliseconds)
    {
        if (milliseconds is not { } ms || ms < 0) return "";
        var t = TimeSpan.FromMilliseconds(ms);
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
    }
}
