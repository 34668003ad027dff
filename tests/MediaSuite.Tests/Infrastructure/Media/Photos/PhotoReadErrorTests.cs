using MediaSuite.Infrastructure.Media.Photos;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

public sealed class PhotoReadErrorTests(PhotoFiles files) : IClassFixture<PhotoFiles>
{
    private readonly PhotoMetadataReader _reader = new();

    private PhotoReadException ReadBytes(byte[] bytes, string name)
    {
        var path = files.File(name);
        File.WriteAllBytes(path, bytes);
        return Assert.Throws<PhotoReadException>(() => _reader.Read(path));
    }

    private byte[] Prefix(string file, int length) => File.ReadAllBytes(files.File(file))[..length];

    [Fact]
    public void Read_ZeroBytes_SaysEmpty()
    {
        var error = ReadBytes([], "empty.jpg");

        Assert.Equal("'empty.jpg' is empty (0 bytes)", error.Message);
    }

    [Fact]
    public void Read_TextNamedJpg_SaysNotAPhotoAndShowsTheBytes()
    {
        var error = ReadBytes("hello, this is text\n"u8.ToArray(), "notes.jpg");

        Assert.Equal("'notes.jpg' is not a recognised photo format: its first bytes (68 65 6C 6C 6F 2C 20 74) match none", error.Message);
    }

    [Fact]
    public void Read_WavNamedJpg_SaysWhatItIs()
    {
        byte[] wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 2, 0, 0x44, 0xAC, 0, 0, 0x10, 0xB1, 2, 0, 4, 0, 16, 0, .. "data"u8, 0, 0, 0, 0];

        var error = ReadBytes(wav, "song.jpg");

        Assert.Equal("'song.jpg' is a WAV file, which the photo reader does not read", error.Message);
    }

    [Fact]
    public void Read_JpegCutInsideExif_SaysTruncated()
    {
        var error = ReadBytes(Prefix("full.jpg", 300), "cut.jpg");

        Assert.StartsWith("'cut.jpg' is not a readable JPEG image: truncated", error.Message);
    }

    [Fact]
    public void Read_JpegCutBeforeTheFrameHeader_SaysTruncated()
    {
        var bytes = File.ReadAllBytes(files.File("plain.jpg"));
        var frame = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);

        var error = ReadBytes(bytes[..frame], "no-frame.jpg");

        Assert.Contains("JPEG image", error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Read_JpegCutInsideTheImageData_StillGivesMetadata()
    {
        // Only the headers are read, so damage past them goes unnoticed; checking would mean reading the whole file.
        var bytes = File.ReadAllBytes(files.File("full.jpg"));
        var scan = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA]);
        var path = files.File("cut-scan.jpg");
        File.WriteAllBytes(path, bytes[..(scan + 20)]);

        Assert.Equal("Canon", _reader.Read(path).Make);
    }

    [Fact]
    public void Read_PngCutInsideImageData_SaysTruncatedBeforeIend()
    {
        var bytes = File.ReadAllBytes(files.File("big.png"));

        var error = ReadBytes(bytes[..(bytes.Length / 2)], "cut.png");

        Assert.StartsWith("'cut.png' is not a readable PNG image: truncated", error.Message);
    }

    [Fact]
    public void Read_PngWithoutIhdrFirst_SaysSo()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, .. "IEND"u8, 0xAE, 0x42, 0x60, 0x82];

        var error = ReadBytes(bytes, "headless.png");

        Assert.Contains("the first chunk is 'IEND', not IHDR", error.Message);
    }

    [Fact]
    public void Read_HeicCutShort_SaysNoImageSize()
    {
        var error = ReadBytes(Prefix("exif.heic", 100), "cut.heic");

        Assert.StartsWith("'cut.heic' is not a readable HEIF image", error.Message);
    }

    [Fact]
    public void Read_WebPCutShort_SaysTruncated()
    {
        var error = ReadBytes(Prefix("big.webp", 4000), "cut.webp");

        Assert.StartsWith("'cut.webp' is not a readable WEBP image: truncated", error.Message);
    }

    [Fact]
    public void Read_TiffCutShort_SaysWhy()
    {
        var error = ReadBytes(Prefix("exif.tif", 40), "cut.tif");

        Assert.StartsWith("'cut.tif' is not a readable TIFF or RAW file", error.Message);
    }

    [Fact]
    public void Read_RandomBytesAfterAJpegMarker_IsAReadErrorNotACrash()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(3, 400)];
            random.NextBytes(bytes);
            bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF;
            using var stream = new MemoryStream(bytes);
            Assert.Throws<PhotoReadException>(() => _reader.Read(stream, "noise.jpg"));
        }
    }

    [Theory]
    [InlineData("full.jpg")]
    [InlineData("exif.png")]
    [InlineData("exif.webp")]
    [InlineData("exif.heic")]
    [InlineData("exif.avif")]
    [InlineData("exif.tif")]
    public void Read_EveryTruncation_GivesMetadataOrAReadError(string file)
    {
        var bytes = File.ReadAllBytes(files.File(file));
        for (var length = 1; length < bytes.Length; length += 3)
        {
            using var stream = new MemoryStream(bytes, 0, length);
            try
            {
                _reader.Read(stream, file);
            }
            catch (PhotoReadException)
            {
                // The expected outcome for most cuts.
            }
        }
    }
}
