namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

/// <summary>The four ID3v2 text encodings and multi-value frames.</summary>
public sealed class Id3v2TextTests
{
    [Fact]
    public void ReadTag_Utf16WithBomInEitherOrder_Decodes()
    {
        byte[] bigEndian = [1, 0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes("Ærøskøbing ♫")];
        var tag = new Id3TagBuilder(3).Text("TIT2", 1, "Überschrift ☃").Frame("TPE1", bigEndian).Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal("Überschrift ☃", meta.Title);
        Assert.Equal(["Ærøskøbing ♫"], meta.Artists);
    }

    [Fact]
    public void ReadTag_Utf16WithoutBom_ReadsLittleEndian()
    {
        byte[] body = [1, .. System.Text.Encoding.Unicode.GetBytes("Ohne BOM")];

        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(3).Frame("TIT2", body).Build());

        Assert.Equal("Ohne BOM", meta.Title);
    }

    [Fact]
    public void ReadTag_V24Utf16BigEndianAndUtf8_Decode()
    {
        var tag = new Id3TagBuilder(4).Text("TIT2", 2, "Big-endian ĳ").Text("TALB", 3, "UTF-8 ✓ 日本").Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal("Big-endian ĳ", meta.Title);
        Assert.Equal("UTF-8 ✓ 日本", meta.Album);
    }

    [Fact]
    public void ReadTag_V24MultiValueFrames_SplitOnNul()
    {
        var tag = new Id3TagBuilder(4).Text("TPE1", 3, "A", "B").Text("TCOM", 1, "Bach", "Händel").Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal(["A", "B"], meta.Artists);
        Assert.Equal(["Bach", "Händel"], meta.Composers);
    }

    [Fact]
    public void ReadTag_V23ArtistWithSlash_StaysWhole()
    {
        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(3).Text("TPE1", "AC/DC").Build());

        Assert.Equal(["AC/DC"], meta.Artists);
    }
}
