namespace MediaSuite.Infrastructure.Tags.Mp3;

/// <summary>
/// The first audio frame of a stream, its first bytes (enough for a Xing, LAME or VBRI header) and
/// the header of the frame after it (null when the audio ends after one frame).
/// </summary>
public sealed record MpegFirstFrame(long Position, MpegFrameHeader Header, byte[] Bytes, MpegFrameHeader? Next);

/// <summary>
/// Finds the first real MPEG audio frame. A candidate counts only when another header that fits it
/// sits exactly one frame later (or the audio ends there): 0xFFE sync patterns are common in
/// pictures, padding junk and random data.
/// </summary>
public static class MpegFrameFinder
{
    /// <summary>How far past the tags to look before deciding the file holds no MPEG audio.</summary>
    public const int SearchLimit = 128 * 1024;

    private const int WindowLength = 4096;
    private const int FirstFrameBytes = 512;

    public static MpegFirstFrame? Find(Stream stream, long start, long audioEnd)
    {
        var limit = Math.Min(audioEnd, start + SearchLimit);
        var window = new byte[WindowLength];
        var windowStart = start;
        while (windowStart + 4 <= limit)
        {
            stream.Position = windowStart;
            var count = stream.ReadAtLeast(window.AsSpan(0, (int)Math.Min(WindowLength, audioEnd - windowStart)), 4, throwOnEndOfStream: false);
            if (count < 4) return null;
            for (var i = 0; i + 4 <= count; i++)
            {
                var sync = window.AsSpan(i, count - 3 - i).IndexOf((byte)0xFF);
                if (sync < 0) break;
                i += sync;
                if (windowStart + i >= limit) return null;
                if (!MpegFrameHeader.TryParse(window.AsSpan(i, 4), out var header)) continue;
                var position = windowStart + i;
                if (!IsFollowed(stream, window.AsSpan(0, count), windowStart, position, header, audioEnd, out var next)) continue;
                return new MpegFirstFrame(position, header, FirstBytes(stream, window.AsSpan(0, count), windowStart, position, header, audioEnd), next);
            }
            windowStart += count - 3;
        }
        return null;
    }

    private static bool IsFollowed(Stream stream, ReadOnlySpan<byte> window, long windowStart, long position, MpegFrameHeader header, long audioEnd, out MpegFrameHeader? following)
    {
        following = null;
        var next = position + header.FrameLength;
        if (next == audioEnd) return true;
        if (next + 4 > audioEnd) return false;
        Span<byte> bytes = stackalloc byte[4];
        if (next + 4 <= windowStart + window.Length)
        {
            window.Slice((int)(next - windowStart), 4).CopyTo(bytes);
        }
        else
        {
            stream.Position = next;
            if (stream.ReadAtLeast(bytes, 4, throwOnEndOfStream: false) < 4) return false;
        }
        if (!MpegFrameHeader.TryParse(bytes, out var parsed) || !header.Matches(parsed)) return false;
        following = parsed;
        return true;
    }

    private static byte[] FirstBytes(Stream stream, ReadOnlySpan<byte> window, long windowStart, long position, MpegFrameHeader header, long audioEnd)
    {
        var length = (int)Math.Min(Math.Min(header.FrameLength, FirstFrameBytes), audioEnd - position);
        var offset = (int)(position - windowStart);
        if (offset + length <= window.Length) return window.Slice(offset, length).ToArray();
        var bytes = new byte[length];
        stream.Position = position;
        return bytes[..stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false)];
    }
}
