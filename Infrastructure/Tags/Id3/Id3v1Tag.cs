namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// The 128-byte ID3v1/v1.1 tag at the very end of a file: fixed-width title, artist, album, year,
/// comment (v1.1 steals its last two bytes for a zero and the track number) and a genre index.
/// </summary>
public sealed record Id3v1Tag(string Title, string Artist, string Album, string Year, string Comment, int? Track, string? Genre)
{
    public const int Length = 128;

    /// <summary>Parses the last 128 bytes of a file; null when they do not start with "TAG".</summary>
    public static Id3v1Tag? TryParse(ReadOnlySpan<byte> last128)
    {
        if (last128.Length != Length || last128[0] != 'T' || last128[1] != 'A' || last128[2] != 'G') return null;
        var v11 = last128[125] == 0 && last128[126] != 0;
        return new Id3v1Tag(
            Title: Id3Text.DecodeUndeclared(last128.Slice(3, 30)),
            Artist: Id3Text.DecodeUndeclared(last128.Slice(33, 30)),
            Album: Id3Text.DecodeUndeclared(last128.Slice(63, 30)),
            Year: Id3Text.DecodeUndeclared(last128.Slice(93, 4)),
            Comment: Id3Text.DecodeUndeclared(last128.Slice(97, v11 ? 28 : 30)),
            Track: v11 ? last128[126] : null,
            Genre: Id3Genres.Name(last128[127]));
    }

    /// <summary>Adds only the fields the bag does not have yet: ID3v1 is the fallback for files whose ID3v2 tag lacks them.</summary>
    public void FillMissing(TagBag bag)
    {
        AddIfMissing(bag, "TITLE", Title);
        AddIfMissing(bag, "ARTIST", Artist);
        AddIfMissing(bag, "ALBUM", Album);
        if (TagBag.YearOf(Year) is not null) AddIfMissing(bag, "DATE", Year);
        AddIfMissing(bag, "COMMENT", Comment);
        AddIfMissing(bag, "TRACKNUMBER", Track?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddIfMissing(bag, "GENRE", Genre);
    }

    private static void AddIfMissing(TagBag bag, string key, string? value)
    {
        if (!bag.Has(key)) bag.Add(key, value);
    }
}
