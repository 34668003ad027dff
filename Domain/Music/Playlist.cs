namespace MediaSuite.Domain.Music;

/// <summary>A user's own playlist; its tracks are <see cref="PlaylistEntry"/> rows in <see cref="PlaylistEntry.Position"/> order.</summary>
public sealed class Playlist
{
    public long Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One track in a playlist; a track may appear twice, so entries have their own id.</summary>
public sealed class PlaylistEntry
{
    public long Id { get; set; }
    public long PlaylistId { get; set; }
    public long TrackId { get; set; }

    /// <summary>0-based, dense within the playlist.</summary>
    public int Position { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
