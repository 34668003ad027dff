using System.Buffers.Binary;
using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// A SYLT frame: encoding, language, timestamp format (1 = MPEG frames, 2 = milliseconds), content
/// type, description, then (terminated text, 32-bit timestamp) pairs.
/// </summary>
internal sealed record Id3SyncedLyrics(int TimestampFormat, IReadOnlyList<(long Time, string Text)> Entries)
{
    public const int MpegFrames = 1;
    public const int Milliseconds = 2;

    public static Id3SyncedLyrics? TryParse(ReadOnlySpan<byte> body)
    {
        if (body.Length < 7 || !Id3Text.IsValidEncoding(body[0])) return null;
        var encoding = body[0];
        var format = body[4];
        if (format is not (MpegFrames or Milliseconds)) return null;
        var offset = 6;
        Id3Text.ReadTerminated(body, encoding, ref offset);
        var entries = new List<(long, string)>();
        while (offset < body.Length)
        {
            var text = Id3Text.ReadTerminated(body, encoding, ref offset);
            if (offset + 4 > body.Length) break;
            var time = BinaryPrimitives.ReadUInt32BigEndian(body.Slice(offset, 4));
            offset += 4;
            // Writers mark a new line with a leading line break; the model keeps one line per entry.
            entries.Add((time, text.TrimStart('\r', '\n').TrimEnd()));
        }
        return entries.Count > 0 ? new Id3SyncedLyrics(format, entries) : null;
    }

    /// <summary>
    /// The lines in milliseconds. MPEG-frame timestamps need the frame duration, which only the MP3
    /// reader knows; elsewhere (an ID3 chunk in WAV or AIFF) there are no MPEG frames to count, so
    /// such lyrics are dropped rather than given invented times.
    /// </summary>
    public IReadOnlyList<SyncedLyricLine> ToLines(double? msPerMpegFrame)
    {
        if (TimestampFormat == MpegFrames && msPerMpegFrame is null) return [];
        var scale = TimestampFormat == MpegFrames ? msPerMpegFrame!.Value : 1.0;
        return Entries.Select(e => new SyncedLyricLine((long)Math.Round(e.Time * scale), e.Text)).OrderBy(l => l.TimeMs).ToList();
    }
}
