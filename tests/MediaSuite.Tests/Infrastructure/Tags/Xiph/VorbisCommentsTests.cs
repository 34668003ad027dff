using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Binary;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Tests.Infrastructure.Tags.Xiph;

public sealed class VorbisCommentsTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    private static (TagBag Bag, PictureChoice Pictures) Parse(byte[] block, TagReadOptions? options = null)
    {
        var bag = new TagBag();
        var pictures = new PictureChoice();
        VorbisComments.Read(new BoundedStream(new MemoryStream(block), block.Length), bag, pictures, options ?? TagReadOptions.Scan);
        return (bag, pictures);
    }

    [Fact]
    public void Read_RepeatedArtistFields_AreMultiValues()
    {
        var (bag, _) = Parse(VorbisCommentBytes.Block("TITLE=Song", "ARTIST=First", "artist=Second", "Artist=Third"));

        var metadata = bag.ToMetadata(new());
        Assert.Equal("Song", metadata.Title);
        Assert.Equal(["First", "Second", "Third"], metadata.Artists);
    }

    [Fact]
    public void Read_ValueWithEqualsSignAndUtf8_KeepsWholeValue()
    {
        var (bag, _) = Parse(VorbisCommentBytes.Block("COMMENT=a=b", "ALBUM=Ænima ☃", "NOEQUALSSIGN"));

        Assert.Equal("a=b", bag.First("COMMENT"));
        Assert.Equal("Ænima ☃", bag.First("ALBUM"));
    }

    [Fact]
    public void Read_FieldLengthPastBlock_ThrowsTruncated()
    {
        var error = Assert.Throws<TagReadException>(() => Parse(VorbisCommentBytes.BlockWithLyingField("TITLE=x", 5000)));

        Assert.StartsWith("truncated Vorbis comment field 1 of 1", error.Message);
    }

    [Fact]
    public void Read_FieldCountPastBlock_ThrowsTruncated()
    {
        var block = VorbisCommentBytes.Block("TITLE=x");
        block[4 + "test vendor".Length] = 3; // the field count, after the vendor string

        var error = Assert.Throws<TagReadException>(() => Parse(block));
        Assert.Contains("truncated Vorbis comment field 2 of 3", error.Message);
    }

    [Fact]
    public void Read_MetadataBlockPicture_GivesHeaderWithoutDataByDefault()
    {
        var picture = AudioFixtures.FlacPictureBlock(Png, "image/png", 3, "front", 1, 1);
        var (_, pictures) = Parse(VorbisCommentBytes.Block("TITLE=x", "METADATA_BLOCK_PICTURE=" + Convert.ToBase64String(picture)));

        Assert.NotNull(pictures.Best);
        Assert.Equal(("image/png", 3, "front", (long)Png.Length), (pictures.Best.MimeType, pictures.Best.PictureType, pictures.Best.Description, pictures.Best.Length));
        Assert.Null(pictures.Best.Data);
    }

    [Fact]
    public void Read_LargeMetadataBlockPictureWithPictureData_DecodesTheImage()
    {
        var image = new byte[200_000];
        Png.CopyTo(image, 0);
        new Random(7).NextBytes(image.AsSpan(Png.Length));
        var picture = AudioFixtures.FlacPictureBlock(image, "image/png", 3, "", 400, 400);
        var block = VorbisCommentBytes.Block("METADATA_BLOCK_PICTURE=" + Convert.ToBase64String(picture), "TITLE=after the picture");

        var (scanBag, scan) = Parse(block);
        var (_, full) = Parse(block, TagReadOptions.WithPictures);

        Assert.Equal("after the picture", scanBag.First("TITLE"));
        Assert.Equal(image.Length, scan.Best!.Length);
        Assert.Null(scan.Best.Data);
        Assert.Equal(image, full.Best!.Data);
    }

    [Fact]
    public void Read_FrontCoverAfterOtherPicture_PrefersFrontCover()
    {
        var back = AudioFixtures.FlacPictureBlock(Png, "image/png", 4, "back", 1, 1);
        var front = AudioFixtures.FlacPictureBlock(Png, "image/jpeg", 3, "front", 1, 1);
        var (_, pictures) = Parse(VorbisCommentBytes.Block(
            "METADATA_BLOCK_PICTURE=" + Convert.ToBase64String(back), "METADATA_BLOCK_PICTURE=" + Convert.ToBase64String(front)));

        Assert.Equal("front", pictures.Best!.Description);
        Assert.True(pictures.Best.IsFrontCover);
    }

    [Fact]
    public void Read_LegacyCoverArtWithMimeAfterIt_GivesPicture()
    {
        var (_, pictures) = Parse(VorbisCommentBytes.Block("COVERART=" + Convert.ToBase64String(Png), "COVERARTMIME=image/x-test"), TagReadOptions.WithPictures);

        Assert.Equal("image/x-test", pictures.Best!.MimeType);
        Assert.Equal(Png, pictures.Best.Data);
        Assert.Equal(Png.Length, pictures.Best.Length);
    }

    [Fact]
    public void Read_LargeLegacyCoverArtWithoutMime_SniffsTypeAndExactLength()
    {
        var image = new byte[20_001];
        Png.CopyTo(image, 0);
        var (_, pictures) = Parse(VorbisCommentBytes.Block("COVERART=" + Convert.ToBase64String(image)));

        Assert.Equal("image/png", pictures.Best!.MimeType);
        Assert.Equal(image.Length, pictures.Best.Length);
        Assert.Null(pictures.Best.Data);
    }

    [Fact]
    public void Read_PictureThatIsNotBase64_ThrowsCorrupt()
    {
        var error = Assert.Throws<TagReadException>(() => Parse(VorbisCommentBytes.Block("METADATA_BLOCK_PICTURE=not*base64!")));

        Assert.Contains("not valid base64", error.Message);
    }
}
