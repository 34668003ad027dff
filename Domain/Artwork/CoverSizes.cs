namespace MediaSuite.Domain.Artwork;

/// <summary>The sizes the UI asks for. Every card asks for the same one so a cover is resized once and cached once.</summary>
public static class CoverSizes
{
    /// <summary>Home and grid cards: 300 px wide, which is sharp up to ~150 CSS px on a 2× screen.</summary>
    public const int Card = 300;

    /// <summary>The largest width or height a client may ask for (and the cap on "original size").</summary>
    public const int DefaultMaxDimension = 2048;
}
