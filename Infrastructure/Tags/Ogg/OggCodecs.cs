using System.Buffers.Binary;
using System.Globalization;
using MediaSuite.Infrastructure.Tags.Binary;
using MediaSuite.Infrastructure.Tags.Flac;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>What a codec's header packets say about the stream, and how its granule positions count time.</summary>
internal sealed record OggStreamInfo(string Codec, int SampleRate, int Channels, int? BitDepth, bool Lossless, int? NominalBitrate, int GranuleRate, long PreSkip);

/// <summary>The header packets of the codecs the Ogg reader understands: Vorbis, Opus and FLAC-in-Ogg.</summary>
internal static class OggCodecs
{
    private static ReadOnlySpan<byte> VorbisId => "\u0001vorbis"u8;
    private static ReadOnlySpan<byte> VorbisComment => "\u0003vorbis"u8;
    private static ReadOnlySpan<byte> OpusHead => "OpusHead"u8;
    private static ReadOnlySpan<byte> OpusTags => "OpusTags"u8;
    private static ReadOnlySpan<byte> FlacMapping => "\u007FFLAC"u8;

    public static bool IsKnown(ReadOnlySpan<byte> firstPacket) =>
        firstPacket.StartsWith(VorbisId) || firstPacket.StartsWith(OpusHead) || firstPacket.StartsWith(FlacMapping);

    /// <summary>Reads the header packets of the stream whose first packet <paramref name="packets"/> has open.</summary>
    public static OggStreamInfo ReadHeaders(OggPacketReader packets, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        Span<byte> first = stackalloc byte[51];
        first = first[..packets.Read(first)];
        if (first.StartsWith(VorbisId)) return ReadVorbis(first, packets, bag, pictures, options);
        if (first.StartsWith(OpusHead)) return ReadOpus(first, packets, bag, pictures, options);
        return ReadFlac(first, packets, bag, pictures, options);
    }

    private static OggStreamInfo ReadVorbis(ReadOnlySpan<byte> id, OggPacketReader packets, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        if (id.Length < 30) throw new TagReadException($"truncated Vorbis identification header: {id.Length} of 30 bytes");
        var channels = id[11];
        var sampleRate = BinaryPrimitives.ReadInt32LittleEndian(id[12..]);
        var nominal = BinaryPrimitives.ReadInt32LittleEndian(id[20..]);
        if (channels == 0 || sampleRate <= 0) throw new TagReadException("corrupt Vorbis identification header: no channels or sample rate");

        ExpectPacket(packets, VorbisComment, "Vorbis comment header");
        VorbisComments.Read(new OggPacketStream(packets), bag, pictures, options);
        return new OggStreamInfo("vorbis", sampleRate, channels, null, false, nominal > 0 ? nominal / 1000 : null, sampleRate, 0);
    }

    private static OggStreamInfo ReadOpus(ReadOnlySpan<byte> head, OggPacketReader packets, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        if (head.Length < 19) throw new TagReadException($"truncated OpusHead packet: {head.Length} of 19 bytes");
        var channels = head[9];
        var preSkip = BinaryPrimitives.ReadUInt16LittleEndian(head[10..]);
        if (channels == 0) throw new TagReadException("corrupt OpusHead packet: no channels");

        ExpectPacket(packets, OpusTags, "OpusTags packet");
        VorbisComments.Read(new OggPacketStream(packets), bag, pictures, options);
        AddR128AsReplayGain(bag, "R128_TRACK_GAIN", "REPLAYGAIN_TRACK_GAIN");
        AddR128AsReplayGain(bag, "R128_ALBUM_GAIN", "REPLAYGAIN_ALBUM_GAIN");
        // Opus always decodes at 48 kHz; OpusHead's input sample rate only records what was encoded.
        return new OggStreamInfo("opus", 48000, channels, null, false, null, 48000, preSkip);
    }

    private static OggStreamInfo ReadFlac(ReadOnlySpan<byte> first, OggPacketReader packets, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        // 0x7F "FLAC", version 1.0, header packet count, "fLaC", then the STREAMINFO block with its 4-byte header.
        if (first.Length < 51 || !first[9..13].SequenceEqual("fLaC"u8))
            throw new TagReadException($"truncated Ogg FLAC header packet: {first.Length} of 51 bytes");
        var info = FlacStreamInfo.Parse(first[17..]);
        var last = (first[13] & 0x80) != 0;
        Span<byte> header = stackalloc byte[4];
        while (!last)
        {
            packets.NextPacket();
            StreamReads.ReadExactly(new OggPacketStream(packets), header, "Ogg FLAC metadata block header");
            last = (header[0] & 0x80) != 0;
            var length = (header[1] << 16) | (header[2] << 8) | header[3];
            var block = new BoundedStream(new OggPacketStream(packets), length);
            switch (header[0] & 0x7F)
            {
                case 4:
                    VorbisComments.Read(block, bag, pictures, options);
                    break;
                case 6:
                    pictures.Offer(FlacPicture.Read(block, length, options.IncludePictureData));
                    break;
            }
        }
        return new OggStreamInfo("flac", info.SampleRate, info.Channels, info.BitsPerSample, true, null, info.SampleRate, 0);
    }

    private static void ExpectPacket(OggPacketReader packets, ReadOnlySpan<byte> magic, string name)
    {
        packets.NextPacket();
        Span<byte> start = stackalloc byte[magic.Length];
        if (packets.Read(start) < magic.Length || !start.SequenceEqual(magic))
            throw new TagReadException($"corrupt Ogg stream: the second packet is not the {name}");
    }

    /// <summary>
    /// R128 gains are Q7.8 dB towards -23 LUFS; ReplayGain aims 5 dB louder. Real ReplayGain tags,
    /// when a tagger wrote both, are kept.
    /// </summary>
    private static void AddR128AsReplayGain(TagBag bag, string r128Key, string replayGainKey)
    {
        if (bag.Has(replayGainKey)) return;
        if (!int.TryParse(bag.First(r128Key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q78)) return;
        bag.Add(replayGainKey, (q78 / 256.0 + 5).ToString(CultureInfo.InvariantCulture) + " dB");
    }
}
