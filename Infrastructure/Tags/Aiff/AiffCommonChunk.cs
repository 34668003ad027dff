using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Aiff;

/// <summary>
/// The AIFF "COMM" chunk: channels, sample frames, sample size and an 80-bit IEEE extended sample
/// rate; AIFF-C adds a compression type (NONE, sowt, fl32, ulaw, ima4 ...).
/// </summary>
public sealed record AiffCommonChunk(int Channels, long SampleFrames, int SampleSize, double SampleRate, string Compression)
{
    public bool IsPcm => Compression is "NONE" or "twos" or "sowt" or "raw " or "in24" or "in32" or "lpcm";

    public bool IsFloat => Compression is "fl32" or "FL32" or "fl64" or "FL64";

    public bool Lossless => IsPcm || IsFloat;

    public string Codec => IsPcm ? "pcm" : IsFloat ? "pcm_float" : Compression switch
    {
        "ulaw" or "ULAW" => "pcm_mulaw",
        "alaw" or "ALAW" => "pcm_alaw",
        _ => Compression.Trim().ToLowerInvariant(),
    };

    /// <summary>Null when the chunk is too short; plain AIFF has no compression field and means NONE.</summary>
    public static AiffCommonChunk? TryParse(ReadOnlySpan<byte> data, bool aifc)
    {
        if (data.Length < 18) return null;
        var compression = aifc && data.Length >= 22 ? System.Text.Encoding.ASCII.GetString(data.Slice(18, 4)) : "NONE";
        return new AiffCommonChunk(
            BinaryPrimitives.ReadInt16BigEndian(data),
            BinaryPrimitives.ReadUInt32BigEndian(data[2..]),
            BinaryPrimitives.ReadInt16BigEndian(data[6..]),
            ExtendedToDouble(data.Slice(8, 10)),
            compression);
    }

    /// <summary>
    /// An 80-bit IEEE 754 extended number: sign and 15-bit exponent (bias 16383), then a 64-bit
    /// mantissa with an explicit integer bit. NaN and infinities come back as NaN.
    /// </summary>
    public static double ExtendedToDouble(ReadOnlySpan<byte> bytes)
    {
        var exponent = (bytes[0] & 0x7F) << 8 | bytes[1];
        var mantissa = BinaryPrimitives.ReadUInt64BigEndian(bytes[2..10]);
        if (exponent == 0 && mantissa == 0) return 0;
        if (exponent == 0x7FFF) return double.NaN;
        var value = mantissa * Math.Pow(2, exponent - 16383 - 63);
        return (bytes[0] & 0x80) != 0 ? -value : value;
    }
}
