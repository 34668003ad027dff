using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Infrastructure.Media;

/// <summary>
/// ffprobe's tag names into <see cref="TagBag"/>'s Vorbis names. ffmpeg renames some fields
/// per demuxer ("track", "disc", "album_artist"; WMA's WM/AlbumTitle becomes "album") and passes
/// the rest through as the file spells them: "Year" in APE, "MUSICBRAINZ_ALBUM_ID" in Matroska,
/// "MusicBrainz Album Id" from a Picard-tagged WavPack or WMA ("MusicBrainz/Album Id").
/// </summary>
internal static class AudioProbeTags
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["track"] = "TRACKNUMBER",
        ["disc"] = "DISCNUMBER",
        ["discnumber"] = "DISCNUMBER",
        ["author"] = "ARTIST",
        ["year"] = "YEAR",
        ["lyrics"] = "LYRICS",
        ["unsyncedlyrics"] = "LYRICS",
        ["unsynced lyrics"] = "LYRICS",
        ["TSRC"] = "ISRC",
        ["TBPM"] = "BPM",
        ["TDOR"] = "ORIGINALDATE",
        ["TORY"] = "ORIGINALYEAR",
        ["WM/AlbumArtist"] = "ALBUMARTIST",
        ["WM/AlbumTitle"] = "ALBUM",
        ["WM/TrackNumber"] = "TRACKNUMBER",
        ["WM/PartOfSet"] = "DISCNUMBER",
        ["WM/Year"] = "DATE",
        ["WM/Genre"] = "GENRE",
        ["WM/Composer"] = "COMPOSER",
        ["WM/IsCompilation"] = "COMPILATION",
        ["WM/OriginalReleaseTime"] = "ORIGINALDATE",
        ["WM/OriginalReleaseYear"] = "ORIGINALYEAR",
        ["WM/BeatsPerMinute"] = "BPM",
        ["WM/ISRC"] = "ISRC",
        ["WM/Lyrics"] = "LYRICS",
    };

    public static void Add(TagBag bag, string key, string? value)
    {
        var name = key.Trim();
        if (Names.TryGetValue(name, out var vorbis)) bag.Add(vorbis, value);
        // ffmpeg names ID3 USLT lyrics by language: "lyrics-eng".
        else if (name.StartsWith("lyrics-", StringComparison.OrdinalIgnoreCase)) bag.Add("LYRICS", value);
        // AddFreeform knows both "MusicBrainz Album Id" and "MUSICBRAINZ_ALBUM_ID", and passes any
        // other name on to Add unchanged, so Vorbis spellings (MUSICBRAINZ_ALBUMID) arrive too.
        else if (name.Contains(' ') || name.Contains('/') || name.StartsWith("MusicBrainz", StringComparison.OrdinalIgnoreCase))
            bag.AddFreeform(name.Replace('/', ' '), value);
        else bag.Add(name, value);
    }

    /// <summary>APE and WMA files often carry only a year; it stands in for the date.</summary>
    public static void Complete(TagBag bag)
    {
        if (!bag.Has("DATE") && bag.First("YEAR") is { } year) bag.Add("DATE", year);
    }
}
