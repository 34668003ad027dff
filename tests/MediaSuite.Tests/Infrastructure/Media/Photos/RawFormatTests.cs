using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Media.Photos;
using static MediaSuite.Tests.Infrastructure.Media.Photos.TiffEntry;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

/// <summary>RAW containers built byte by byte (no camera files here): the layout each format uses, with EXIF where it keeps it.</summary>
public sealed class RawFormatTests(PhotoFiles files) : IClassFixture<PhotoFiles>
{
    private readonly PhotoMetadataReader _reader = new();

    private static readonly TiffEntry[] Ifd0 =
    [
        Ascii(0x010F, "Canon\0\0\0"), Ascii(0x0110, "  Canon EOS R6\0 "), Short(0x0112, 8),
        Long(0x0100, 160), Long(0x0101, 120), Long(0x00FE, 1), // a thumbnail-sized first image, as in NEF and DNG
    ];

    private static readonly TiffEntry[] Exif =
    [
        Ascii(0x9003, "2024:02:10 09:15:30"), Ascii(0x9011, "-03:00"), Rational(0x829A, (1, 1000)), Rational(0x829D, (56, 10)),
        Short(0x8827, 1600), Rational(0x920A, (85, 1)), Long(0xA002, 6000), Long(0xA003, 4000),
    ];

    private static readonly TiffEntry[] Gps =
    [
        Ascii(0x0001, "S"), Rational(0x0002, (22, 1), (54, 1), (3000, 100)), Ascii(0x0003, "W"), Rational(0x0004, (43, 1), (12, 1), (3600, 100)),
        Byte(0x0005, 1), Rational(0x0006, (25, 10)),
    ];

    private PhotoMetadata Read(byte[] bytes, string name)
    {
        var path = files.File(name);
        File.WriteAllBytes(path, bytes);
        return _reader.Read(path);
    }

    private static void AssertCamera(PhotoMetadata photo, string format)
    {
        Assert.Equal(format, photo.Format);
        Assert.Equal(("Canon", "Canon EOS R6"), (photo.Make, photo.Model));
        Assert.Equal(new DateTime(2024, 2, 10, 9, 15, 30), photo.TakenLocal);
        Assert.Equal(new DateTimeOffset(2024, 2, 10, 12, 15, 30, TimeSpan.Zero), photo.TakenUtc);
        Assert.Equal((0.001, 5.6, 1600, 85.0), (photo.ExposureSeconds, photo.FNumber, photo.Iso, photo.FocalLengthMm));
        // Orientation 8 (turn 90° counter-clockwise) on the camera's 6000×4000.
        Assert.Equal((8, 4000, 6000), (photo.Orientation, photo.Width, photo.Height));
        Assert.Equal(-22.9083, photo.Latitude!.Value, 4);
        Assert.Equal(-43.21, photo.Longitude!.Value, 4);
        Assert.Equal(-2.5, photo.Altitude);
    }

    [Fact]
    public void Read_Cr2Header_IsCr2() => AssertCamera(Read(RawBuilders.Tiff(RawBuilders.Cr2Header, Ifd0, Exif, Gps), "IMG_0001.CR2"), "cr2");

    [Fact]
    public void Read_OlympusMagic_IsOrf() => AssertCamera(Read(RawBuilders.Tiff(RawBuilders.OrfHeader, Ifd0, Exif, Gps), "P1010001.ORF"), "orf");

    [Fact]
    public void Read_PanasonicMagic_IsRw2() => AssertCamera(Read(RawBuilders.Tiff(RawBuilders.Rw2Header, Ifd0, Exif, Gps), "P1000001.RW2"), "rw2");

    [Theory]
    [InlineData("DSC_0001.NEF", "nef")]
    [InlineData("DSC00001.ARW", "arw")]
    [InlineData("IMGP0001.PEF", "pef")]
    [InlineData("scan.tif", "tiff")]
    public void Read_PlainTiffLayout_FormatFromTheExtension(string name, string format)
    {
        var photo = Read(RawBuilders.Tiff(RawBuilders.StandardHeader, Ifd0, Exif, Gps), name);

        Assert.Equal(format, photo.Format);
        Assert.Equal("Canon", photo.Make);
    }

    [Fact]
    public void Read_PlainTiff_SizeFromIfd0NotExif()
    {
        var photo = Read(RawBuilders.Tiff(RawBuilders.StandardHeader, Ifd0, Exif, Gps), "scan.tiff");

        Assert.Equal((120, 160), (photo.Width, photo.Height));
    }

    [Fact]
    public void Read_RawWithoutExifSize_UsesTheLargestFullResolutionImage()
    {
        TiffEntry[] exifWithoutSize = [.. Exif.Where(e => e.Tag is not (0xA002 or 0xA003))];
        TiffEntry[] fullSizeFirst = [.. Ifd0.Where(e => e.Tag is not (0x0100 or 0x0101 or 0x00FE)), Long(0x0100, 5472), Long(0x0101, 3648)];

        var photo = Read(RawBuilders.Tiff(RawBuilders.Cr2Header, fullSizeFirst, exifWithoutSize), "IMG_0002.CR2");

        Assert.Equal((3648, 5472), (photo.Width, photo.Height));
    }

    [Fact]
    public void Read_DngVersionTag_IsDng()
    {
        TiffEntry[] dng = [.. Ifd0, Byte(0xC612, 1, 4, 0, 0)];

        Assert.Equal("dng", Read(RawBuilders.Tiff(RawBuilders.StandardHeader, dng, Exif), "anything.tif").Format);
    }

    [Fact]
    public void Read_Cr3Boxes_ReadsCmt1Cmt2AndCmt4()
    {
        var cr3 = RawBuilders.Cr3(
            RawBuilders.Tiff(RawBuilders.StandardHeader, Ifd0),
            RawBuilders.Tiff(RawBuilders.StandardHeader, Exif),
            RawBuilders.Tiff(RawBuilders.StandardHeader, Gps));

        AssertCamera(Read(cr3, "IMG_0001.CR3"), "cr3");
    }

    [Fact]
    public void Read_Cr3WithoutExifDates_FallsBackToTheMovieHeader()
    {
        TiffEntry[] noDates = [.. Exif.Where(e => e.Tag is not (0x9003 or 0x9011))];
        var created = new DateTimeOffset(2024, 2, 10, 12, 15, 30, TimeSpan.Zero);
        var since1904 = (uint)(created - new DateTimeOffset(1904, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalSeconds;

        var photo = Read(RawBuilders.Cr3(RawBuilders.Tiff(RawBuilders.StandardHeader, Ifd0), RawBuilders.Tiff(RawBuilders.StandardHeader, noDates), null, since1904), "IMG_0002.CR3");

        Assert.Equal((created, "quicktime"), (photo.TakenUtc, photo.TakenSource));
        Assert.Null(photo.TakenLocal);
    }

    [Fact]
    public void Read_Cr3WithoutCanonBox_SaysSo()
    {
        byte[] bare = [.. RawBuilders.Box("ftyp", "crx "u8.ToArray(), [0, 0, 0, 1]), .. RawBuilders.Box("moov", RawBuilders.Box("mvhd", new byte[100]))];

        var error = Assert.Throws<PhotoReadException>(() => Read(bare, "bare.cr3"));

        Assert.Contains("no Canon metadata box", error.Message);
    }

    [Fact]
    public void Read_Cr3BoxPastTheEnd_SaysCorrupt()
    {
        var cr3 = RawBuilders.Cr3(RawBuilders.Tiff(RawBuilders.StandardHeader, Ifd0), RawBuilders.Tiff(RawBuilders.StandardHeader, Exif), null);

        var error = Assert.Throws<PhotoReadException>(() => Read(cr3[..(cr3.Length - 300)], "cut.cr3"));

        Assert.Contains("past the end", error.Message);
    }

    [Fact]
    public void Read_Raf_ReadsTheEmbeddedJpegsExif()
    {
        var jpeg = File.ReadAllBytes(files.File("full.jpg"));

        var photo = Read(RawBuilders.Raf(jpeg), "DSCF0001.RAF");

        Assert.Equal(("raf", "Canon", 6), (photo.Format, photo.Make, photo.Orientation));
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, 123, TimeSpan.Zero), photo.TakenUtc);
    }
}
