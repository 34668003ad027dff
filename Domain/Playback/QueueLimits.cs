namespace MediaSuite.Domain.Playback;

/// <summary>The engine's fixed numbers; tests shrink them to reach the edges quickly.</summary>
public sealed record QueueLimits
{
    public static QueueLimits Default { get; } = new();

    /// <summary>How many played items are kept for "previous" and for keeping radio away from what just played. Default 100.</summary>
    public int HistorySize { get; init; } = 100;

    /// <summary>How many recommendations to ask for at a time. Default 10.</summary>
    public int RadioBatchSize { get; init; } = 10;

    /// <summary>How many recently played tracks seed the recommender. Default 5.</summary>
    public int RadioSeedCount { get; init; } = 5;

    /// <summary>"Previous" restarts the track once more than this has played (Spotify uses 3 s). Default 3 s.</summary>
    public TimeSpan RestartThreshold { get; init; } = TimeSpan.FromSeconds(3);
}
