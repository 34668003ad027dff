namespace MediaSuite.Domain.Music;

/// <summary>What a heart or a star rating is attached to.</summary>
public enum RatedKind
{
    Track,
    Album,
    Artist,
}

/// <summary>One user's heart and stars for one track, album or artist; a row exists only once either is set.</summary>
public sealed class UserRating
{
    public required string UserId { get; set; }
    public RatedKind Kind { get; set; }
    public long ItemId { get; set; }
    public bool Favourite { get; set; }

    /// <summary>0 (unrated) to 5 stars.</summary>
    public int Stars { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
