using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Flac;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>The first audio sample entry of an "stsd" box: codec, channels, sample rate, and what its codec box adds (esds, ALAC cookie, dfLa, dOps).</summary>
internal sealed record Mp4SampleEntry(string Codec, int? Channels, int? SampleRate, int? BitDepth, bool Lossless, int? AverageBitrate)
{
    private static readonly Dictionary<string, string> PcmTypes = new()
    {
        ["lpcm"] = "pcm", ["sowt"] = "pcm", ["twos"] = "pcm", ["in24"] = "pcm", ["in32"] = "pcm", ["fl32"] = "pcm", ["fl64"] = "pcm", ["raw "] = "pcm",
    };

    /// <param name="stsd">The stsd payload: version/flags, entry count, then entries.</param>
    public static Mp4SampleEntry? Parse(ReadOnlySpan<byte> stsd)
    {
        if (stsd.Length < 8 + 36 || BinaryPrimitives.ReadUInt32BigEndian(stsd[4..]) == 0) return null;
        var entrySize = BinaryPrimitives.ReadUInt32BigEndian(stsd[8..]);
        var entry = stsd[8..];
        if (entrySize >= 36 && entrySize < entry.Length) entry = entry[..(int)entrySize];
        var type = System.Text.Encoding.Latin1.GetString(entry[4..8]);

        // The QuickTime sound description version decides where the codec's child boxes start.
        var version = BinaryPrimitives.ReadUInt16BigEndian(entry[16..]);
        int? channels = BinaryPrimitives.ReadUInt16BigEndian(entry[24..]);
        int? bitDepth = BinaryPrimitives.ReadUInt16BigEndian(entry[26..]);
        int? sampleRate = (int)(BinaryPrimitives.ReadUInt32BigEndian(entry[32..]) >> 16);
        var childrenAt = version switch { 1 => 52, 2 => 72, _ => 36 };
        if (version == 2 && entry.Length >= 72)
        {
            sampleRate = (int)BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(entry[40..]));
            channels = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[48..]);
            bitDepth = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[56..]);
        }
        var children = entry.Length > childrenAt ? entry[childrenAt..] : [];
        var result = new Mp4SampleEntry(type.Trim().ToLowerInvariant(), NullIfZero(channels), NullIfZero(sampleRate), null, false, null);

        switch (type)
        {
            case "mp4a":
                return FromEsds(result, Find(children, "esds"));
            case "alac":
                return FromAlacCookie(result, Find(children, "alac"));
            case "fLaC":
                return FromDfLa(result, Find(children, "dfLa"));
            case "Opus":
                var dOps = Find(children, "dOps");
                return result with { Codec = "opus", SampleRate = 48000, Channels = dOps is { Length: >= 2 } ? dOps[1] : result.Channels };
            case "ac-3":
                return result with { Codec = "ac3" };
            case "ec-3":
                return result with { Codec = "eac3" };
            case ".mp3":
                return result with { Codec = "mp3" };
            default:
                return PcmTypes.TryGetValue(type, out var pcm) ? result with { Codec = pcm, Lossless = true, BitDepth = NullIfZero(bitDepth) } : result;
        }
    }

    /// <summary>Finds a codec box among the entry's children, also inside QuickTime's "wave" wrapper.</summary>
    private static byte[]? Find(ReadOnlySpan<byte> children, string type)
    {
        foreach (var (childType, offset, length) in Mp4Box.ChildrenOf(children, "stsd"))
        {
            if (childType == type) return children.Slice(offset, length).ToArray();
            if (childType == "wave" && Find(children.Slice(offset, length), type) is { } inner) return inner;
        }
        return null;
    }

    private static Mp4SampleEntry FromEsds(Mp4SampleEntry entry, byte[]? esds)
    {
        entry = entry with { Codec = "aac" };
        if (esds is null || EsdsDecoderConfig.Parse(esds) is not { } config) return entry;
        var codec = config.ObjectType switch { 0x69 or 0x6B => "mp3", 0xA5 => "ac3", 0xA6 => "eac3", _ => "aac" };
        return entry with { Codec = codec, AverageBitrate = config.AverageBitrate > 0 ? (int)Math.Round(config.AverageBitrate / 1000.0) : null };
    }

    private static Mp4SampleEntry FromAlacCookie(Mp4SampleEntry entry, byte[]? box)
    {
        entry = entry with { Codec = "alac", Lossless = true };
        // The cookie is 24 bytes, after 4 bytes of version/flags in the usual full-box form.
        if (box is null || box.Length < 24) return entry;
        var cookie = box.AsSpan(box.Length >= 28 ? 4 : 0);
        var sampleRate = (int)BinaryPrimitives.ReadUInt32BigEndian(cookie[20..]);
        return entry with
        {
            BitDepth = NullIfZero(cookie[5]),
            Channels = NullIfZero(cookie[9]) ?? entry.Channels,
            SampleRate = NullIfZero(sampleRate) ?? entry.SampleRate,
        };
    }

    private static Mp4SampleEntry FromDfLa(Mp4SampleEntry entry, byte[]? box)
    {
        entry = entry with { Codec = "flac", Lossless = true };
        // Version/flags, then FLAC metadata blocks, STREAMINFO first.
        if (box is null || box.Length < 4 + 4 + FlacStreamInfo.Length || (box[4] & 0x7F) != 0) return entry;
        var info = FlacStreamInfo.Parse(box.AsSpan(8));
        return entry with { Channels = info.Channels, SampleRate = info.SampleRate, BitDepth = info.BitsPerSample };
    }

    private static int? NullIfZero(int? value) => value is null or <= 0 ? null : value;
}
