namespace MediaSuite.Tests.Infrastructure.Media.Photos;

/// <summary>
/// Photos made once per test class: 64×48 images from vips, tagged by one exiftool run. The
/// tags are what a camera writes; the pixels are black.
/// </summary>
public sealed class PhotoFiles : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Canon-like EXIF: offset time, sub-seconds, rotated 90° clockwise (orientation 6), taken below sea level south-west of Greenwich.</summary>
    public static readonly string[] FullTags =
    [
        "-Make=Canon ", "-Model= EOS R5 ", "-LensModel=RF24-70mm F2.8 L IS USM", "-ISO=400", "-ExposureTime=1/250", "-FNumber=2.8", "-FocalLength=50",
        "-DateTimeOriginal=2023:07:14 18:30:05", "-OffsetTimeOriginal=+02:00", "-SubSecTimeOriginal=123", "-Orientation#=6",
        "-GPSLatitude=33.8688", "-GPSLatitudeRef=S", "-GPSLongitude=70.6693", "-GPSLongitudeRef=W", "-GPSAltitude=12.5", "-GPSAltitudeRef#=1",
    ];

    public PhotoFiles()
    {
        var raw = _folder.File("black.v");
        MediaTools.Vips("black", raw, "64", "48", "--bands", "3");
        foreach (var name in (string[])["full.jpg", "gps-time.jpg", "no-zone.jpg", "digitized.jpg", "modify-date.jpg", "xmp-date.jpg", "xmp-local.jpg",
                     "lens-spec.jpg", "stale-size.jpg", "null-island.jpg", "plain.png", "exif.png", "lossy.webp", "exif.webp", "exif.heic",
                     "exif.avif", "exif.tif", "dng-inside.tif"])
            MediaTools.Vips("copy", raw, _folder.File(name));
        MediaTools.Vips("webpsave", raw, _folder.File("lossless.webp"), "--lossless");
        MediaTools.Vips("tiffsave", raw, _folder.File("camera.nef"));
        // vips writes a small EXIF block into JPEGs unless told to strip it.
        MediaTools.Vips("copy", raw, _folder.File("plain.jpg") + "[strip]");

        var noise = _folder.File("noise.v");
        MediaTools.Vips("gaussnoise", noise, "1500", "1000", "--mean", "128", "--sigma", "60");
        MediaTools.Vips("cast", noise, _folder.File("noise8.v"), "uchar");
        foreach (var name in (string[])["big.png", "big.webp", "big.tif", "big.jpg"])
            MediaTools.Vips("copy", _folder.File("noise8.v"), _folder.File(name));

        string[] taken = ["-DateTimeOriginal=2023:07:14 18:30:05", "-OffsetTimeOriginal=+02:00", "-Make=Apple", "-Orientation#=6", "-GPSLatitude=48.8583", "-GPSLatitudeRef=N", "-GPSLongitude=2.2945", "-GPSLongitudeRef=E"];
        MediaTools.Exiftool(_folder.Path,
            (File("full.jpg"), FullTags),
            (File("gps-time.jpg"), ["-DateTimeOriginal=2023:07:14 18:30:05", "-GPSLatitude=48.8583", "-GPSLatitudeRef=N", "-GPSLongitude=2.2945", "-GPSLongitudeRef=E", "-GPSDateStamp=2023:07:14", "-GPSTimeStamp=16:29:58"]),
            (File("no-zone.jpg"), ["-DateTimeOriginal=2023:07:14 18:30:05", "-Make=Nikon"]),
            (File("digitized.jpg"), ["-CreateDate=2022:01:31 23:15:00", "-OffsetTimeDigitized=-05:00"]),
            (File("modify-date.jpg"), ["-ModifyDate=2021:03:04 05:06:07"]),
            (File("xmp-date.jpg"), ["-XMP-photoshop:DateCreated=2023-07-14T18:30:05+02:00"]),
            (File("xmp-local.jpg"), ["-XMP-xmp:CreateDate=2020-02-29T12:00:00"]),
            (File("lens-spec.jpg"), ["-LensInfo=24 70 2.8 2.8"]),
            (File("stale-size.jpg"), ["-ExifImageWidth=4000", "-ExifImageHeight=3000"]),
            (File("null-island.jpg"), ["-GPSLatitude=0", "-GPSLatitudeRef=N", "-GPSLongitude=0", "-GPSLongitudeRef=E"]),
            (File("exif.png"), taken),
            (File("exif.webp"), taken),
            (File("exif.heic"), taken),
            (File("exif.avif"), taken),
            (File("exif.tif"), taken),
            (File("big.tif"), taken),
            (File("dng-inside.tif"), ["-DNGVersion=1.4.0.0", "-Make=Leica"]),
            (File("camera.nef"), ["-Make=NIKON CORPORATION", "-Model=NIKON Z 6"]));
    }

    public string File(string name) => _folder.File(name);

    public string Folder => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
