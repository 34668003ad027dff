using MediaSuite.Infrastructure.Media.Photos;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

public sealed class PhotoMetadataReaderTests(PhotoFiles files) : IClassFixture<PhotoFiles>
{
    private readonly PhotoMetadataReader _reader = new();

    [Fact]
    public void Read_CameraJpeg_ReadsEveryField()
    {
        var photo = _reader.Read(files.File("full.jpg"));

        Assert.Equal(("Canon", "EOS R5", "RF24-70mm F2.8 L IS USM"), (photo.Make, photo.Model, photo.Lens));
        Assert.Equal((400, 0.004, 2.8, 50.0), (photo.Iso, photo.ExposureSeconds, photo.FNumber, photo.FocalLengthMm));
        Assert.Equal("jpeg", photo.Format);
    }

    [Fact]
    public void Read_OffsetTimeOriginal_GivesUtcAndKeepsLocalWithSubseconds()
    {
        var photo = _reader.Read(files.File("full.jpg"));

        Assert.Equal(new DateTime(2023, 7, 14, 18, 30, 5, 123), photo.TakenLocal);
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, 123, TimeSpan.Zero), photo.TakenUtc);
        Assert.Equal(TimeSpan.Zero, photo.TakenUtc!.Value.Offset);
        Assert.Equal("exif", photo.TakenSource);
    }

    [Fact]
    public void Read_NoOffsetButGpsTime_UtcFromGpsRoundedToTheQuarterHour()
    {
        var photo = _reader.Read(files.File("gps-time.jpg"));

        // GPS says 16:29:58 UTC, the camera 18:30:05: the offset is +2 h, the fix seven seconds older than the shutter.
        Assert.Equal(new DateTime(2023, 7, 14, 18, 30, 5), photo.TakenLocal);
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, TimeSpan.Zero), photo.TakenUtc);
    }

    [Fact]
    public void Read_NoOffsetNoGps_UtcUnknown()
    {
        var photo = _reader.Read(files.File("no-zone.jpg"));

        Assert.Equal(new DateTime(2023, 7, 14, 18, 30, 5), photo.TakenLocal);
        Assert.Null(photo.TakenUtc);
        Assert.Equal("exif", photo.TakenSource);
    }

    [Fact]
    public void Read_OnlyDateTimeDigitized_UsesItWithItsOffset()
    {
        var photo = _reader.Read(files.File("digitized.jpg"));

        Assert.Equal(new DateTime(2022, 1, 31, 23, 15, 0), photo.TakenLocal);
        Assert.Equal(new DateTimeOffset(2022, 2, 1, 4, 15, 0, TimeSpan.Zero), photo.TakenUtc);
    }

    [Fact]
    public void Read_OnlyModifyDate_FallsBackToIfd0DateTime()
    {
        var photo = _reader.Read(files.File("modify-date.jpg"));

        Assert.Equal((new DateTime(2021, 3, 4, 5, 6, 7), "exif"), (photo.TakenLocal, photo.TakenSource));
        Assert.Null(photo.TakenUtc);
    }

    [Fact]
    public void Read_XmpDateWithOffset_GivesLocalAndUtc()
    {
        var photo = _reader.Read(files.File("xmp-date.jpg"));

        Assert.Equal(("xmp", new DateTime(2023, 7, 14, 18, 30, 5)), (photo.TakenSource, photo.TakenLocal));
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, TimeSpan.Zero), photo.TakenUtc);
    }

    [Fact]
    public void Read_XmpCreateDateWithoutOffset_LocalOnly()
    {
        var photo = _reader.Read(files.File("xmp-local.jpg"));

        Assert.Equal(("xmp", new DateTime(2020, 2, 29, 12, 0, 0)), (photo.TakenSource, photo.TakenLocal));
        Assert.Null(photo.TakenUtc);
    }

    [Fact]
    public void Read_Orientation6_SwapsWidthAndHeight()
    {
        var photo = _reader.Read(files.File("full.jpg"));

        Assert.Equal(6, photo.Orientation);
        Assert.Equal((48, 64), (photo.Width, photo.Height));
    }

    [Fact]
    public void Read_SouthWestBelowSeaLevel_AllNegative()
    {
        var photo = _reader.Read(files.File("full.jpg"));

        Assert.Equal(-33.8688, photo.Latitude!.Value, 4);
        Assert.Equal(-70.6693, photo.Longitude!.Value, 4);
        Assert.Equal(-12.5, photo.Altitude);
    }

    [Fact]
    public void Read_NorthEast_Positive()
    {
        var photo = _reader.Read(files.File("gps-time.jpg"));

        Assert.Equal(48.8583, photo.Latitude!.Value, 4);
        Assert.Equal(2.2945, photo.Longitude!.Value, 4);
        Assert.Null(photo.Altitude);
    }

    [Fact]
    public void Read_GpsZeroZero_IsNoLocation()
    {
        var photo = _reader.Read(files.File("null-island.jpg"));

        Assert.Null(photo.Latitude);
        Assert.Null(photo.Longitude);
    }

    [Fact]
    public void Read_OnlyLensSpecification_DescribesTheLens() =>
        Assert.Equal("24-70mm f/2.8", _reader.Read(files.File("lens-spec.jpg")).Lens);

    [Fact]
    public void Read_ExifPixelSizeDisagrees_TheJpegFrameWins()
    {
        var photo = _reader.Read(files.File("stale-size.jpg"));

        Assert.Equal((64, 48), (photo.Width, photo.Height));
    }

    [Fact]
    public void Read_JpegWithoutExif_GivesItsSize()
    {
        var photo = _reader.Read(files.File("plain.jpg"));

        Assert.Equal(("jpeg", 64, 48), (photo.Format, photo.Width, photo.Height));
        Assert.Null(photo.TakenLocal);
        Assert.Null(photo.TakenSource);
        Assert.Null(photo.Orientation);
        Assert.Null(photo.Make);
    }

    [Fact]
    public void Read_PngWithoutExif_GivesItsSize()
    {
        var photo = _reader.Read(files.File("plain.png"));

        Assert.Equal(("png", 64, 48), (photo.Format, photo.Width, photo.Height));
        Assert.Null(photo.TakenLocal);
        Assert.Null(photo.Make);
    }

    [Theory]
    [InlineData("exif.png", "png")]
    [InlineData("exif.webp", "webp")]
    [InlineData("exif.heic", "heif")]
    [InlineData("exif.avif", "avif")]
    [InlineData("exif.tif", "tiff")]
    public void Read_OtherContainersWithExif_ReadTheSameFields(string file, string format)
    {
        var photo = _reader.Read(files.File(file));

        Assert.Equal(format, photo.Format);
        Assert.Equal((6, 48, 64), (photo.Orientation, photo.Width, photo.Height));
        Assert.Equal("Apple", photo.Make);
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, TimeSpan.Zero), photo.TakenUtc);
        Assert.Equal(48.8583, photo.Latitude!.Value, 4);
    }

    [Theory]
    [InlineData("lossy.webp")]
    [InlineData("lossless.webp")]
    public void Read_SimpleWebP_SizeFromTheBitstreamHeader(string file)
    {
        var photo = _reader.Read(files.File(file));

        Assert.Equal(("webp", 64, 48), (photo.Format, photo.Width, photo.Height));
    }

    [Fact]
    public void Read_TiffWithDngVersion_IsDngWhateverItsName()
    {
        var photo = _reader.Read(files.File("dng-inside.tif"));

        Assert.Equal(("dng", "Leica"), (photo.Format, photo.Make));
    }

    [Fact]
    public void Read_TiffNamedNef_IsNef()
    {
        var photo = _reader.Read(files.File("camera.nef"));

        Assert.Equal(("nef", "NIKON CORPORATION", "NIKON Z 6"), (photo.Format, photo.Make, photo.Model));
    }

    [Fact]
    public void Read_Stream_SameAsPath()
    {
        using var stream = File.OpenRead(files.File("full.jpg"));

        Assert.Equal(_reader.Read(files.File("full.jpg")), _reader.Read(stream, "full.jpg"));
    }
}
