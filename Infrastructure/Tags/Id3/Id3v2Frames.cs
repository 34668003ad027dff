using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// Turns frame bodies into TagBag fields, the chosen picture and synced lyrics. Values that depend
/// on more than one frame (TYER + TDAT, which comment to keep) are settled in <see cref="FinishTag"/>.
/// </summary>
internal sealed class Id3v2Frames(TagBag bag, TagReadOptions options)
{
    private const string MusicBrainzUfidOwner = "http://musicbrainz.org";

    private string? _commentWithoutDescription;
    private string? _commentWithDescription;
    private string? _year;
    private string? _dayMonth;
    private string? _releaseDate;

    public EmbeddedPicture? Picture { get; private set; }

    public Id3SyncedLyrics? SyncedLyrics { get; private set; }

    public bool Wants(string id) =>
        Id3v2FrameIds.PlainTextField(id) is not null
        || id is "TCON" or "TYER" or "TDAT" or "TDRL" or "TXXX" or "UFID" or "COMM" or "USLT" or "SYLT" or "APIC";

    /// <summary>Whether a picture of this type would replace what has been kept so far (the front cover wins, else the first).</summary>
    public bool WantsPicture(int pictureType) => Picture is null || (!Picture.IsFrontCover && pictureType == 3);

    public void OfferPicture(Id3PictureHeader header, long length, byte[]? data)
    {
        if (WantsPicture(header.PictureType))
            Picture = new EmbeddedPicture(header.MimeType, header.PictureType, header.Description, length, options.IncludePictureData ? data : null);
    }

    public void Handle(string id, ReadOnlySpan<byte> body, bool v22)
    {
        if (body.Length < 2 || (id != "UFID" && !Id3Text.IsValidEncoding(body[0]))) return;
        switch (id)
        {
            case "APIC": HandlePicture(body, v22); break;
            case "TXXX": HandleUserText(body); break;
            case "UFID": HandleUniqueId(body); break;
            case "COMM": HandleComment(body); break;
            case "USLT": bag.Add("LYRICS", DescribedText(body, out _)); break;
            case "SYLT": SyncedLyrics ??= Id3SyncedLyrics.TryParse(body); break;
            default: HandleText(id, Id3Text.ReadAll(body[1..], body[0])); break;
        }
    }

    private void HandleText(string id, List<string> values)
    {
        if (values.Count == 0) return;
        switch (id)
        {
            case "TCON":
                foreach (var genre in values.SelectMany(Id3Genres.Resolve)) bag.Add("GENRE", genre);
                break;
            case "TYER": _year ??= values[0]; break;
            case "TDAT": _dayMonth ??= values[0]; break;
            case "TDRL": _releaseDate ??= values[0]; break;
            default:
                var field = Id3v2FrameIds.PlainTextField(id);
                if (field is not null) foreach (var value in values) bag.Add(field, value);
                break;
        }
    }

    private void HandleUserText(ReadOnlySpan<byte> body)
    {
        var offset = 1;
        var description = Id3Text.ReadTerminated(body, body[0], ref offset).Trim();
        if (description.Length == 0) return;
        // ffmpeg writes its "compilation" key as TXXX:TCMP in 2.4 tags.
        if (description.Equals("TCMP", StringComparison.OrdinalIgnoreCase)) description = "COMPILATION";
        foreach (var value in Id3Text.ReadAll(body[offset..], body[0]))
        foreach (var part in SplitIdList(description, value))
            bag.AddFreeform(description, part);
    }

    /// <summary>Picard joins several MusicBrainz ids with "/" in 2.3 tags; an id never contains one, so splitting is safe.</summary>
    private static IEnumerable<string> SplitIdList(string description, string value) =>
        description.StartsWith("MusicBrainz", StringComparison.OrdinalIgnoreCase) && value.Contains('/')
            ? value.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [value];

    private void HandleUniqueId(ReadOnlySpan<byte> body)
    {
        var end = body.IndexOf((byte)0);
        if (end < 0) return;
        var owner = System.Text.Encoding.Latin1.GetString(body[..end]);
        if (owner == MusicBrainzUfidOwner) bag.Add("MUSICBRAINZ_TRACKID", System.Text.Encoding.ASCII.GetString(body[(end + 1)..]));
    }

    private void HandleComment(ReadOnlySpan<byte> body)
    {
        var text = DescribedText(body, out var description);
        // iTunes keeps loudness and gapless data in comments; they are not words for a person.
        if (text.Length == 0 || description.StartsWith("iTun", StringComparison.Ordinal)) return;
        if (description.Length == 0) _commentWithoutDescription ??= text;
        else _commentWithDescription ??= text;
    }

    /// <summary>COMM and USLT: encoding, 3-byte language, terminated description, then the text.</summary>
    private static string DescribedText(ReadOnlySpan<byte> body, out string description)
    {
        description = "";
        if (body.Length < 4) return "";
        var offset = 4;
        description = Id3Text.ReadTerminated(body, body[0], ref offset);
        return Id3Text.ReadTerminated(body, body[0], ref offset).Trim();
    }

    private void HandlePicture(ReadOnlySpan<byte> body, bool v22)
    {
        var header = Id3PictureHeader.TryParse(body, v22);
        if (header is null) return;
        var image = body[header.Length..];
        header = header.WithSniffedMime(image);
        OfferPicture(header, image.Length, WantsPicture(header.PictureType) && options.IncludePictureData ? image.ToArray() : null);
    }

    /// <summary>Settles the fields one tag spread over several frames, then forgets them for the next tag.</summary>
    public void FinishTag()
    {
        if (!bag.Has("DATE")) bag.Add("DATE", YearAndDayMonth() ?? _releaseDate);
        bag.Add("COMMENT", _commentWithoutDescription ?? _commentWithDescription);
        _year = _dayMonth = _releaseDate = _commentWithoutDescription = _commentWithDescription = null;
    }

    /// <summary>2.3 keeps the year in TYER and "DDMM" in TDAT.</summary>
    private string? YearAndDayMonth()
    {
        if (_year is null || TagBag.YearOf(_year) is null) return _year;
        var year = _year.Trim()[..4];
        return _dayMonth is { Length: 4 } dm && dm.All(char.IsAsciiDigit) ? $"{year}-{dm[2..]}-{dm[..2]}" : year;
    }
}
