using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>The current packet of an <see cref="OggPacketReader"/> as a forward-only stream that ends with the packet.</summary>
internal sealed class OggPacketStream(OggPacketReader packets) : Stream, ISkippableStream
{
    public override int Read(byte[] buffer, int offset, int count) => packets.Read(buffer.AsSpan(offset, count));
    public override int Read(Span<byte> buffer) => packets.Read(buffer);
    public long SkipForward(long count) => packets.Skip(count);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
