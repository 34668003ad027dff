using System.Globalization;
using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags;

/// <summary>
/// Where every reader puts what it found, under Vorbis-comment names (the MusicBrainz Picard
/// mapping): ID3 frames, MP4 atoms and freeform fields are translated into these, so parsing of
/// "3/12", dates, ReplayGain and multi-values happens once.
/// </summary>
public sealed class TagBag
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a value under a Vorbis-comment name (TITLE, ARTIST, MUSICBRAINZ_ALBUMID ...). Blank values are ignored.</summary>
    public void Add(string vorbisKey, string? value)
    {
        // NUL is not white space: "\0" passes the blank check and must not leave an empty field
        // behind, or Has() would report a value that First() cannot give.
        var trimmed = value?.Trim().Trim('\0').Trim();
        if (string.IsNullOrEmpty(trimmed)) return;
        var key = vorbisKey.Trim().ToUpperInvariant();
        key = Aliases.GetValueOrDefault(key, key);
        if (!_fields.TryGetValue(key, out var list)) _fields[key] = list = [];
        if (!list.Contains(trimmed, StringComparer.Ordinal)) list.Add(trimmed);
    }

    /// <summary>
    /// Adds a freeform field named by description: ID3 TXXX ("MusicBrainz Album Id") or an MP4
    /// "----:com.apple.iTunes:NAME" atom.
    /// </summary>
    public void AddFreeform(string name, string? value)
    {
        var key = name.Trim().ToUpperInvariant().Replace(' ', '_');
        Add(Freeform.GetValueOrDefault(key, key), value);
    }

    public bool Has(string vorbisKey) => _fields.ContainsKey(vorbisKey);

    public string? First(string vorbisKey) => _fields.TryGetValue(vorbisKey, out var list) && list.Count > 0 ? list[0] : null;

    public IReadOnlyList<string> All(string vorbisKey) => _fields.TryGetValue(vorbisKey, out var list) ? list : [];

    /// <summary>The metadata these tags describe, over the stream facts the reader measured.</summary>
    public AudioMetadata ToMetadata(AudioMetadata stream)
    {
        var (track, trackTotal) = NumberPair(First("TRACKNUMBER"));
        var (disc, discTotal) = NumberPair(First("DISCNUMBER"));
        var date = First("DATE");
        var originalDate = First("ORIGINALDATE") ?? First("ORIGINALYEAR");
        return stream with
        {
            Title = First("TITLE") ?? stream.Title,
            Artists = Split(All("ARTIST")),
            AlbumArtists = Split(All("ALBUMARTIST")),
            Album = First("ALBUM") ?? stream.Album,
            TrackNumber = track,
            TrackTotal = Int(First("TRACKTOTAL")) ?? trackTotal,
            DiscNumber = disc,
            DiscTotal = Int(First("DISCTOTAL")) ?? discTotal,
            Date = NormaliseDate(date),
            OriginalDate = NormaliseDate(originalDate),
            Year = YearOf(date) ?? YearOf(First("YEAR")),
            OriginalYear = YearOf(originalDate),
            Genres = Split(All("GENRE")),
            Composers = Split(All("COMPOSER")),
            Compilation = First("COMPILATION") is "1" or "true" or "True" or "TRUE" or "yes",
            MusicBrainzRecordingId = First("MUSICBRAINZ_TRACKID"),
            MusicBrainzTrackId = First("MUSICBRAINZ_RELEASETRACKID"),
            MusicBrainzReleaseId = First("MUSICBRAINZ_ALBUMID"),
            MusicBrainzReleaseGroupId = First("MUSICBRAINZ_RELEASEGROUPID"),
            MusicBrainzArtistIds = Split(All("MUSICBRAINZ_ARTISTID")),
            MusicBrainzAlbumArtistIds = Split(All("MUSICBRAINZ_ALBUMARTISTID")),
            Isrc = First("ISRC"),
            Bpm = Number(First("BPM")),
            ReplayGainTrackGain = Decibels(First("REPLAYGAIN_TRACK_GAIN")),
            ReplayGainTrackPeak = Number(First("REPLAYGAIN_TRACK_PEAK")),
            ReplayGainAlbumGain = Decibels(First("REPLAYGAIN_ALBUM_GAIN")),
            ReplayGainAlbumPeak = Number(First("REPLAYGAIN_ALBUM_PEAK")),
            Lyrics = First("LYRICS") ?? stream.Lyrics,
            Comment = First("COMMENT") ?? stream.Comment,
        };
    }

    /// <summary>"3", "3/12", " 03 / 12 " → (3, 12).</summary>
    public static (int? Number, int? Total) NumberPair(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var parts = text.Split('/', 2);
        return (Int(parts[0]), parts.Length > 1 ? Int(parts[1]) : null);
    }

    public static int? Int(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;

    public static double? Number(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    /// <summary>"-7.03 dB", "+1.2 dB", "-7.03" → -7.03.</summary>
    public static double? Decibels(string? text) =>
        Number(text?.Replace("dB", "", StringComparison.OrdinalIgnoreCase).Replace("+", ""));

    /// <summary>Keeps the ISO 8601 date part ("2019-05-17T10:00:00" → "2019-05-17"; "2019/05/17" → "2019-05-17").</summary>
    public static string? NormaliseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim().Replace('/', '-').Replace('.', '-');
        if (value.Length > 10 && value[10] is 'T' or ' ') value = value[..10];
        return YearOf(value) is null ? null : value;
    }

    public static int? YearOf(string? text) =>
        text is { Length: >= 4 } && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000 ? year : null;

    /// <summary>
    /// Multi-values come as repeated fields; a single field may still hold several joined by "; "
    /// or NUL (ID3v2.4). Artist names with a slash ("AC/DC") are left whole.
    /// </summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var result = new List<string>();
        foreach (var value in values)
        foreach (var part in value.Split(['\0', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (!result.Contains(part, StringComparer.Ordinal)) result.Add(part);
        return result;
    }

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ALBUM ARTIST"] = "ALBUMARTIST",
        ["ALBUM_ARTIST"] = "ALBUMARTIST",
        ["TOTALTRACKS"] = "TRACKTOTAL",
        ["TOTALDISCS"] = "DISCTOTAL",
        ["UNSYNCEDLYRICS"] = "LYRICS",
        ["UNSYNCED LYRICS"] = "LYRICS",
        ["DESCRIPTION"] = "COMMENT",
        ["TEMPO"] = "BPM",
    };

    /// <summary>TXXX descriptions and MP4 freeform names (upper case, spaces as underscores) in Vorbis terms.</summary>
    private static readonly Dictionary<string, string> Freeform = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MUSICBRAINZ_TRACK_ID"] = "MUSICBRAINZ_TRACKID",
        ["MUSICBRAINZ_RELEASE_TRACK_ID"] = "MUSICBRAINZ_RELEASETRACKID",
        ["MUSICBRAINZ_ALBUM_ID"] = "MUSICBRAINZ_ALBUMID",
        ["MUSICBRAINZ_RELEASE_GROUP_ID"] = "MUSICBRAINZ_RELEASEGROUPID",
        ["MUSICBRAINZ_ARTIST_ID"] = "MUSICBRAINZ_ARTISTID",
        ["MUSICBRAINZ_ALBUM_ARTIST_ID"] = "MUSICBRAINZ_ALBUMARTISTID",
        ["ORIGINALYEAR"] = "ORIGINALYEAR",
        ["ORIGINAL_YEAR"] = "ORIGINALYEAR",
        ["ORIGINALDATE"] = "ORIGINALDATE",
    };
}
