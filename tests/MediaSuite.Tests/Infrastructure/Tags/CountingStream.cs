namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>A read-only file stream that counts the bytes actually read from the file, behind a 4 KB buffer like the scanner's.</summary>
public sealed class CountingStream : Stream
{
    private readonly FileStream _file;

    private CountingStream(string path) => _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

    public long BytesRead { get; private set; }

    /// <summary>Opens <paramref name="path"/> for a reader; read <see cref="BytesRead"/> from <paramref name="counter"/> afterwards.</summary>
    public static Stream Open(string path, out CountingStream counter)
    {
        counter = new CountingStream(path);
        return new BufferedStream(counter, 4096);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _file.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _file.Length;
    public override long Position { get => _file.Position; set => _file.Position = value; }
    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _file.Dispose();
        base.Dispose(disposing);
    }
}
