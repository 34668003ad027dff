using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>
/// Reassembles the packets of one logical stream from its pages, across page boundaries. Pages of
/// other streams and unwanted packet bytes are seeked over, so skipping a large packet costs only
/// its page headers.
/// </summary>
internal sealed class OggPacketReader(Stream file, long fileLength)
{
    private readonly byte[] _lacing = new byte[255];
    private int _segments, _segment;
    private int _segmentLeft;
    private bool _inPacket;

    public uint Serial { get; private set; }

    /// <summary>Picks the first stream (among the beginning-of-stream pages) whose first packet <paramref name="accepts"/>, and opens that packet.</summary>
    public bool SelectStream(Func<ReadOnlySpan<byte>, bool> accepts)
    {
        file.Position = 0;
        Span<byte> head = stackalloc byte[16];
        while (file.Position < fileLength)
        {
            var page = OggPage.Read(file, fileLength, _lacing);
            if (!page.IsBeginningOfStream) return false;
            var bodyStart = file.Position;
            var peek = head[..Math.Min(head.Length, page.BodyLength)];
            StreamReads.ReadExactly(file, peek, "Ogg page body");
            if (page.Segments > 0 && accepts(peek))
            {
                file.Position = bodyStart;
                Serial = page.Serial;
                (_segments, _segment, _segmentLeft, _inPacket) = (page.Segments, 0, _lacing[0], true);
                return true;
            }
            file.Position = bodyStart + page.BodyLength;
        }
        return false;
    }

    /// <summary>Moves to the start of the next packet, skipping what is left of the current one.</summary>
    public void NextPacket()
    {
        if (_inPacket) Skip(long.MaxValue);
        while (_segment >= _segments)
        {
            var page = ReadOwnPage();
            if (page.IsContinuation)
                throw new TagReadException($"corrupt Ogg stream: page at offset {page.Offset} continues a packet that had already ended");
            (_segments, _segment) = (page.Segments, 0);
        }
        (_segmentLeft, _inPacket) = (_lacing[_segment], true);
    }

    /// <summary>Reads from the current packet; returns fewer bytes than asked only at its end.</summary>
    public int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && _inPacket)
        {
            if (_segmentLeft == 0)
            {
                EndSegment();
                continue;
            }
            var count = Math.Min(buffer.Length - total, _segmentLeft);
            StreamReads.ReadExactly(file, buffer.Slice(total, count), "Ogg page body");
            total += count;
            _segmentLeft -= count;
        }
        return total;
    }

    /// <summary>Skips forward in the current packet; returns fewer bytes than asked only at its end.</summary>
    public long Skip(long count)
    {
        long total = 0;
        while (total < count && _inPacket)
        {
            if (_segmentLeft == 0)
            {
                EndSegment();
                continue;
            }
            var step = (int)Math.Min(count - total, _segmentLeft);
            file.Seek(step, SeekOrigin.Current);
            total += step;
            _segmentLeft -= step;
        }
        return total;
    }

    private void EndSegment()
    {
        // A lacing value below 255 ends the packet; 255 means it goes on in the next segment, maybe on the next page.
        if (_lacing[_segment++] < 255)
        {
            _inPacket = false;
            return;
        }
        while (_segment >= _segments)
        {
            var page = ReadOwnPage();
            if (!page.IsContinuation)
                throw new TagReadException($"corrupt Ogg stream: page at offset {page.Offset} should continue a packet but starts a new one");
            (_segments, _segment) = (page.Segments, 0);
        }
        _segmentLeft = _lacing[_segment];
    }

    private OggPage ReadOwnPage()
    {
        while (true)
        {
            if (file.Position >= fileLength) throw new TagReadException("truncated Ogg stream: the file ends inside its header packets");
            var page = OggPage.Read(file, fileLength, _lacing);
            if (page.Serial == Serial) return page;
            file.Position += page.BodyLength;
        }
    }
}
