namespace MediaSuite.Infrastructure.Tags.Flac;

/// <summary>The STREAMINFO block every FLAC stream starts with (native FLAC, Ogg FLAC and MP4's dfLa box).</summary>
internal sealed record FlacStreamInfo(int SampleRate, int Channels, int BitsPerSample, long TotalSamples)
{
    public const int Length = 34;

    public static FlacStreamInfo Parse(ReadOnlySpan<byte> block)
    {
        if (block.Length < Length) throw new TagReadException($"truncated FLAC STREAMINFO: {block.Length} of {Length} bytes");
        var sampleRate = (block[10] << 12) | (block[11] << 4) | (block[12] >> 4);
        var channels = ((block[12] >> 1) & 0x7) + 1;
        var bitsPerSample = (((block[12] & 0x1) << 4) | (block[13] >> 4)) + 1;
        var totalSamples = ((long)(block[13] & 0xF) << 32) | ((long)block[14] << 24) | ((long)block[15] << 16) | ((long)block[16] << 8) | block[17];
        if (sampleRate == 0) throw new TagReadException("corrupt FLAC STREAMINFO: sample rate is 0");
        return new FlacStreamInfo(sampleRate, channels, bitsPerSample, totalSamples);
    }

    /// <summary>Null when the encoder did not know the length (total samples 0, e.g. a live stream).</summary>
    public long? DurationMs => TotalSamples > 0 ? TotalSamples * 1000 / SampleRate : null;
}
