namespace MediaSuite.Domain.Artwork;

/// <summary>What a cover URL names: an album, a track (its own picture, else its album's) or an artist (an album's).</summary>
public enum CoverKind
{
    Album,
    Track,
    Artist,
}

public static class CoverKinds
{
    /// <summary>The lower-case name used in URLs: /api/covers/album/12.</summary>
    public static string Slug(this CoverKind kind) => kind switch
    {
        CoverKind.Album => "album",
        CoverKind.Track => "track",
        CoverKind.Artist => "artist",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out CoverKind kind)
    {
        foreach (var candidate in Enum.GetValues<CoverKind>())
        {
            if (string.Equals(text, candidate.Slug(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
