namespace MediaSuite.Domain.Playback;

/// <summary>
/// One time a user listened to a track, however short. <see cref="CountsAsPlay"/> says whether it
/// counts in play counts (see <see cref="ListenRules.CountsAsPlay"/>).
/// </summary>
public sealed class Listen
{
    public long Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>The browser (device id from its local storage) that played it; null when unknown.</summary>
    public string? DeviceId { get; set; }

    public long TrackId { get; set; }
    public ContextKind? ContextKind { get; set; }
    public string? ContextId { get; set; }
    public string? ContextName { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public long PlayedMs { get; set; }

    /// <summary>Played to its end.</summary>
    public bool Completed { get; set; }

    /// <summary>The user moved on before the end.</summary>
    public bool Skipped { get; set; }

    public bool CountsAsPlay { get; set; }
}

/// <summary>A user's saved player: the serialised <see cref="PlaybackState"/>, so a reload or a new sign-in resumes it.</summary>
public sealed class SavedPlayback
{
    public required string UserId { get; set; }
    public required string StateJson { get; set; }
    public long Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
