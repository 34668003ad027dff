using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Riff;

/// <summary>
/// A WAV "fmt " chunk. For WAVE_FORMAT_EXTENSIBLE the real format is the first two bytes of the
/// sub-format GUID and the bit depth is the valid-bits field when set.
/// </summary>
public sealed record WavFormat(int FormatTag, int Channels, int SampleRate, int ByteRate, int BlockAlign, int BitsPerSample)
{
    public const int Pcm = 1;
    public const int IeeeFloat = 3;
    public const int Extensible = 0xFFFE;

    public string Codec => FormatTag switch
    {
        Pcm => "pcm",
        IeeeFloat => "pcm_float",
        _ => $"wav-0x{FormatTag:x4}",
    };

    public bool Lossless => FormatTag is Pcm or IeeeFloat;

    public static WavFormat? TryParse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16) return null;
        int tag = BinaryPrimitives.ReadUInt16LittleEndian(data);
        var bits = (int)BinaryPrimitives.ReadUInt16LittleEndian(data[14..]);
        if (tag == Extensible && data.Length >= 26)
        {
            var validBits = BinaryPrimitives.ReadUInt16LittleEndian(data[18..]);
            if (validBits > 0) bits = validBits;
            tag = BinaryPrimitives.ReadUInt16LittleEndian(data[24..]);
        }
        return new WavFormat(
            tag,
            BinaryPrimitives.ReadUInt16LittleEndian(data[2..]),
            (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(data[4..])),
            (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(data[8..])),
            BinaryPrimitives.ReadUInt16LittleEndian(data[12..]),
            bits);
    }
}
