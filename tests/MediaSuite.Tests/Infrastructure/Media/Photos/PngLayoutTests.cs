using System.Buffers.Binary;
using System.Text;
using MediaSuite.Infrastructure.Media.Photos;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

/// <summary>Where PNG metadata may sit: the reader skips the image data but still finds chunks after it.</summary>
public sealed class PngLayoutTests(PhotoFiles files) : IClassFixture<PhotoFiles>
{
    private readonly PhotoMetadataReader _reader = new();

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.Compute(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static byte[] XmpChunk(string dateCreated) => Chunk("iTXt", Encoding.UTF8.GetBytes(
        "XML:com.adobe.xmp\0\0\0\0\0" +
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
        $"<rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' photoshop:DateCreated='{dateCreated}'/>" +
        "</rdf:RDF></x:xmpmeta>"));

    /// <summary>The file with a chunk put in just before IEND, after all the image data.</summary>
    private byte[] WithChunkBeforeIend(string file, byte[] chunk)
    {
        var bytes = File.ReadAllBytes(files.File(file));
        return [.. bytes[..^12], .. chunk, .. bytes[^12..]];
    }

    private MediaSuite.Domain.Library.PhotoMetadata Read(byte[] bytes) => _reader.Read(new MemoryStream(bytes), "test.png");

    [Theory]
    [InlineData("plain.png")]
    [InlineData("big.png")]
    public void Read_XmpAfterImageData_IsFound(string file)
    {
        var photo = Read(WithChunkBeforeIend(file, XmpChunk("2019-08-01T10:00:00+01:00")));

        Assert.Equal(("xmp", new DateTimeOffset(2019, 8, 1, 9, 0, 0, TimeSpan.Zero)), (photo.TakenSource, photo.TakenUtc));
    }

    [Fact]
    public void Read_TrailingBytesAfterIend_WalksTheChunksInstead()
    {
        byte[] bytes = [.. WithChunkBeforeIend("big.png", XmpChunk("2019-08-01T10:00:00")), .. "trailing junk"u8];

        var photo = Read(bytes);

        Assert.Equal((1500, 1000, new DateTime(2019, 8, 1, 10, 0, 0)), (photo.Width, photo.Height, photo.TakenLocal));
    }

    [Fact]
    public void ChainStart_BytesThatLookLikeAChunkHeader_NeedAValidCrc()
    {
        var text = Chunk("tEXt", "Comment\0hello"u8.ToArray());
        var end = Chunk("IEND", []);
        // Image data whose bytes read as a 'tEXt' header hopping exactly onto the real tEXt chunk, but with no valid CRC.
        var data = new byte[40];
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(10), 40 - 10 - 12);
        "zTXt"u8.CopyTo(data.AsSpan(14));

        Assert.Equal(40, PngContainer.ChainStart([.. data, .. text, .. end]));
    }

    [Fact]
    public void ChainStart_NoIendAtTheEnd_IsNull() =>
        Assert.Null(PngContainer.ChainStart([.. Chunk("IEND", []), 1, 2, 3]));
}
