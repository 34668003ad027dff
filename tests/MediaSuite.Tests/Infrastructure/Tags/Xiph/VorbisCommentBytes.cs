using System.Buffers.Binary;
using System.Text;

namespace MediaSuite.Tests.Infrastructure.Tags.Xiph;

/// <summary>Builds Vorbis comment blocks byte by byte, including deliberately wrong lengths.</summary>
public static class VorbisCommentBytes
{
    public static byte[] Block(params string[] fields) => Block("test vendor", fields);

    public static byte[] Block(string vendor, IEnumerable<string> fields)
    {
        var output = new MemoryStream();
        Sized(output, Encoding.UTF8.GetBytes(vendor));
        var list = fields.ToList();
        U32(output, list.Count);
        foreach (var field in list) Sized(output, Encoding.UTF8.GetBytes(field));
        return output.ToArray();
    }

    /// <summary>A block whose one field claims <paramref name="claimedLength"/> bytes but holds only its text.</summary>
    public static byte[] BlockWithLyingField(string field, int claimedLength)
    {
        var output = new MemoryStream();
        Sized(output, "v"u8.ToArray());
        U32(output, 1);
        U32(output, claimedLength);
        output.Write(Encoding.UTF8.GetBytes(field));
        return output.ToArray();
    }

    public static void U32(Stream output, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        output.Write(bytes);
    }

    private static void Sized(Stream output, byte[] value)
    {
        U32(output, value.Length);
        output.Write(value);
    }
}
