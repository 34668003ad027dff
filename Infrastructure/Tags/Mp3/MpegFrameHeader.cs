namespace MediaSuite.Infrastructure.Tags.Mp3;

/// <summary>
/// The 4-byte header of an MPEG-1/2/2.5 audio frame (layers I–III): 11 sync bits, version, layer,
/// bitrate and sample-rate indexes, padding, channel mode.
/// </summary>
public readonly record struct MpegFrameHeader(int Version, int Layer, int BitrateKbps, int SampleRate, bool Padding, bool Mono)
{
    /// <summary>1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5.</summary>
    public const int Mpeg25 = 25;

    public int SamplesPerFrame => Layer switch { 1 => 384, 2 => 1152, _ => Version == 1 ? 1152 : 576 };

    public int FrameLength => Layer == 1
        ? (12 * BitrateKbps * 1000 / SampleRate + (Padding ? 1 : 0)) * 4
        : SamplesPerFrame / 8 * BitrateKbps * 1000 / SampleRate + (Padding ? 1 : 0);

    public int Channels => Mono ? 1 : 2;

    public double FrameMilliseconds => SamplesPerFrame * 1000.0 / SampleRate;

    /// <summary>Where a Xing/Info header starts: after the header and the side information.</summary>
    public int XingOffset => 4 + (Version == 1 ? (Mono ? 17 : 32) : (Mono ? 9 : 17));

    public string Codec => Layer switch { 1 => "mp1", 2 => "mp2", _ => "mp3" };

    /// <summary>Whether <paramref name="next"/> can follow this frame in the same stream.</summary>
    public bool Matches(MpegFrameHeader next) =>
        next.Version == Version && next.Layer == Layer && next.SampleRate == SampleRate && next.Mono == Mono;

    /// <summary>False for anything that is not a usable header, including free-format bitrates (no frame length to check).</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out MpegFrameHeader header)
    {
        header = default;
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0) return false;
        var version = ((bytes[1] >> 3) & 3) switch { 0 => Mpeg25, 2 => 2, 3 => 1, _ => 0 };
        var layer = ((bytes[1] >> 1) & 3) switch { 1 => 3, 2 => 2, 3 => 1, _ => 0 };
        var bitrateIndex = bytes[2] >> 4;
        var rateIndex = (bytes[2] >> 2) & 3;
        if (version == 0 || layer == 0 || bitrateIndex is 0 or 15 || rateIndex == 3 || (bytes[3] & 3) == 2) return false;
        var sampleRate = BaseRates[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        var bitrate = Bitrates[TableFor(version, layer)][bitrateIndex - 1];
        header = new MpegFrameHeader(version, layer, bitrate, sampleRate, (bytes[2] & 2) != 0, bytes[3] >> 6 == 3);
        return true;
    }

    private static int TableFor(int version, int layer) => version == 1 ? layer - 1 : layer == 1 ? 3 : 4;

    private static readonly int[] BaseRates = [44100, 48000, 32000];

    private static readonly int[][] Bitrates =
    [
        [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
        [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
        [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
        [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
        [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    ];
}
