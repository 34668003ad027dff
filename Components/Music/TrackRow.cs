using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Components.Music;

/// <summary>One line of a track list, whichever query it came from.</summary>
public sealed record TrackRow(long Id, string Title, string ArtistText, int? Number, long? DurationMs, long? AlbumId = null, string? AlbumTitle = null)
{
    public static TrackRow Of(AlbumTrack t) => new(t.Id, t.Title, t.ArtistText, t.TrackNumber, t.DurationMs);

    public static TrackRow Of(TrackItem t) => new(t.Id, t.Title, t.ArtistText, t.TrackNumber, t.DurationMs, t.AlbumId, t.AlbumTitle);
}
