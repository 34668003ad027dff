namespace MediaSuite.Domain.Playback;

public static class ListenRules
{
    /// <summary>Four minutes: a long track counts once this much has played even if half has not.</summary>
    public static readonly TimeSpan PlayThreshold = TimeSpan.FromMinutes(4);

    /// <summary>A listen counts as a play after half the track or four minutes (Last.fm's rule); an unknown duration needs the four minutes.</summary>
    public static bool CountsAsPlay(long? durationMs, long playedMs)
    {
        if (playedMs <= 0) return false;
        if (playedMs >= (long)PlayThreshold.TotalMilliseconds) return true;
        return durationMs is > 0 && playedMs * 2 >= durationMs.Value;
    }
}
