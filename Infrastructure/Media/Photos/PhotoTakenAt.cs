using System.Globalization;
using System.Text.RegularExpressions;
using MetadataExtractor;
using Directory = MetadataExtractor.Directory;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// When a photo was taken. EXIF stores the camera's wall-clock time; the UTC moment is known only
/// from an offset tag (EXIF 2.31 OffsetTime*, or an XMP date with an offset) or by comparing with
/// the GPS time stamp, which is UTC.
/// </summary>
internal static partial class PhotoTakenAt
{
    public sealed record Result(DateTime? Local, DateTimeOffset? Utc, string? Source);

    public static Result Resolve(IReadOnlyList<Directory> directories, DateTimeOffset? containerCreatedUtc)
    {
        var ifd0 = directories.FirstOrDefault(d => d is ExifIfd0Directory or PanasonicRawIfd0Directory);
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var gpsUtc = GpsUtc(directories.OfType<GpsDirectory>().FirstOrDefault());

        // The EXIF IFD is where these belong; some writers put them in IFD0, where DateTime always is.
        Directory?[] tiff = [exif, ifd0];
        var exifTime =
            ExifTime(tiff, ExifDirectoryBase.TagDateTimeOriginal, ExifDirectoryBase.TagTimeZoneOriginal, ExifDirectoryBase.TagSubsecondTimeOriginal)
            ?? ExifTime(tiff, ExifDirectoryBase.TagDateTimeDigitized, ExifDirectoryBase.TagTimeZoneDigitized, ExifDirectoryBase.TagSubsecondTimeDigitized)
            ?? ExifTime(tiff, ExifDirectoryBase.TagDateTime, ExifDirectoryBase.TagTimeZone, ExifDirectoryBase.TagSubsecondTime);
        if (exifTime is var (local, offset)) return new Result(local, Utc(local, offset, gpsUtc), "exif");

        if (XmpTime(directories.OfType<XmpDirectory>().FirstOrDefault()) is var (xmpLocal, xmpOffset))
            return new Result(xmpLocal, Utc(xmpLocal, xmpOffset, gpsUtc), "xmp");
        if (containerCreatedUtc is { } created) return new Result(null, created.ToUniversalTime(), "quicktime");
        return gpsUtc is { } gps ? new Result(null, new DateTimeOffset(gps, TimeSpan.Zero), "gps") : new Result(null, null, null);
    }

    /// <summary>
    /// The UTC moment of a wall-clock time: from its offset when known; else from the GPS stamp,
    /// rounded to a whole quarter-hour offset because the GPS fix may be seconds or minutes older
    /// than the shutter. A camera clock more than 14 hours from GPS time is wrong, and GPS time is then the best UTC there is.
    /// </summary>
    public static DateTimeOffset? Utc(DateTime local, TimeSpan? offset, DateTime? gpsUtc)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (offset is { } known) return new DateTimeOffset(wallClock, known).ToUniversalTime();
        if (gpsUtc is not { } gps) return null;
        var difference = wallClock - DateTime.SpecifyKind(gps, DateTimeKind.Unspecified);
        if (Math.Abs(difference.TotalHours) > 14) return new DateTimeOffset(DateTime.SpecifyKind(gps, DateTimeKind.Unspecified), TimeSpan.Zero);
        var quarterHours = Math.Round(difference.TotalMinutes / 15, MidpointRounding.AwayFromZero);
        return new DateTimeOffset(wallClock, TimeSpan.FromMinutes(quarterHours * 15)).ToUniversalTime();
    }

    private static (DateTime Local, TimeSpan? Offset)? ExifTime(Directory?[] tiff, int dateTag, int offsetTag, int subsecondTag)
    {
        if (ParseExifDate(Text(tiff, dateTag)) is not { } local) return null;
        if (local.Ticks % TimeSpan.TicksPerSecond == 0 && Subseconds(Text(tiff, subsecondTag)) is { } fraction) local += fraction;
        return (local, ParseOffset(Text(tiff, offsetTag)));
    }

    private static (DateTime Local, TimeSpan? Offset)? XmpTime(XmpDirectory? xmp)
    {
        if (xmp is null) return null;
        var properties = xmp.GetXmpProperties();
        foreach (var name in (string[])["exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate"])
            if (properties.TryGetValue(name, out var text) && ParseXmpDate(text) is { } parsed)
                return parsed;
        return null;
    }

    private static DateTime? GpsUtc(GpsDirectory? gps)
    {
        if (gps is null || !gps.ContainsTag(GpsDirectory.TagTimeStamp) || !gps.ContainsTag(GpsDirectory.TagDateStamp)) return null;
        return gps.TryGetGpsDate(out var date) ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;
    }

    private static string? Text(Directory?[] directories, int tag)
    {
        foreach (var directory in directories)
            if (directory?.GetString(tag)?.Replace("\0", "").Trim() is { Length: > 0 } text) return text;
        return null;
    }

    /// <summary>"2023:07:14 18:30:05" (also with dashes, a T, or fractional seconds); blank or zeroed dates are null.</summary>
    public static DateTime? ParseExifDate(string? text)
    {
        if (text is null) return null;
        string[] formats = ["yyyy:MM:dd HH:mm:ss", "yyyy:MM:dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy:MM:dd HH:mm"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>"+02:00", "-0530", "Z" → the offset; blanks and impossible offsets → null.</summary>
    public static TimeSpan? ParseOffset(string? text)
    {
        if (text?.Trim() is not { Length: > 0 } value) return null;
        if (value == "Z") return TimeSpan.Zero;
        var match = Offset().Match(value);
        if (!match.Success) return null;
        var offset = new TimeSpan(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 0);
        if (offset > TimeSpan.FromHours(14) || match.Groups[3].Value is not ("00" or "15" or "30" or "45")) return null;
        return match.Groups[1].Value == "-" ? -offset : offset;
    }

    /// <summary>SubSecTime digits as a fraction of a second: "123" → 0.123 s, "5" → 0.5 s.</summary>
    public static TimeSpan? Subseconds(string? digits)
    {
        if (digits is null || digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        var seven = digits.Length >= 7 ? digits[..7] : digits.PadRight(7, '0');
        return TimeSpan.FromTicks(long.Parse(seven, CultureInfo.InvariantCulture));
    }

    /// <summary>XMP dates are ISO 8601 with optional time, seconds, fraction and offset: "2023-07-14T18:30:05+02:00", "2023-07-14".</summary>
    public static (DateTime Local, TimeSpan? Offset)? ParseXmpDate(string? text)
    {
        if (text is null) return null;
        var match = XmpDate().Match(text.Trim());
        if (!match.Success) return null;
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF" };
        var body = match.Groups["local"].Value;
        if (body.Length > 27) body = body[..27];
        if (!DateTime.TryParseExact(body, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var zone = match.Groups["zone"].Value;
        return (local, zone.Length == 0 ? null : ParseOffset(zone));
    }

    [GeneratedRegex(@"^([+-])(\d{2}):?(\d{2})$")]
    private static partial Regex Offset();

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)(?<zone>Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex XmpDate();
}
