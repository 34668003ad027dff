namespace MediaSuite.Infrastructure.Tags.Binary;

/// <summary>
/// The next <c>length</c> bytes of another stream, read forward: a parser handed one block cannot
/// run into the next one, and reading past the end simply returns 0 (which callers report as truncation).
/// </summary>
internal sealed class BoundedStream(Stream inner, long length) : Stream, ISkippableStream
{
    private long _position;

    public long Remaining => length - _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Remaining <= 0) return 0;
        if (buffer.Length > Remaining) buffer = buffer[..(int)Remaining];
        var read = inner.Read(buffer);
        _position += read;
        return read;
    }

    public long SkipForward(long count)
    {
        var step = Math.Min(Math.Max(count, 0), Remaining);
        StreamReads.Skip(inner, step, "block");
        _position += step;
        return step;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
