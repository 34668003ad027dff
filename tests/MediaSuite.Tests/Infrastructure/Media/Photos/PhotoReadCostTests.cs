using MediaSuite.Infrastructure.Media.Photos;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

/// <summary>
/// A scan reads headers and metadata blocks, never the image data: a few kilobytes of a
/// 1.5-megapixel file, plus for PNG one 64 KB read of the tail for metadata after the image data.
/// </summary>
public sealed class PhotoReadCostTests(PhotoFiles files) : IClassFixture<PhotoFiles>
{
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        private int Count(int read) { BytesRead += read; return read; }
    }

    [Theory]
    [InlineData("big.jpg")]
    [InlineData("big.png")]
    [InlineData("big.webp")]
    [InlineData("big.tif")]
    [InlineData("exif.heic")]
    public void Read_LargeImage_ReadsOnlyTheHeaders(string file)
    {
        // Unbuffered, so the count is what the readers asked for rather than FileStream's read-ahead.
        using var stream = new CountingStream(new FileStream(files.File(file), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));

        var photo = new PhotoMetadataReader().Read(stream, file);

        Assert.True(photo.Width > 0);
        Assert.True(stream.BytesRead < 80 * 1024, $"{file}: read {stream.BytesRead:N0} of {stream.Length:N0} bytes");
        Assert.True(stream.Length > 15 * stream.BytesRead || file.EndsWith(".heic"), $"{file}: read {stream.BytesRead:N0} of {stream.Length:N0} bytes");
    }
}
