using System.IO.Compression;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

public sealed class Id3v2ParserTests
{
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0xFF, 0xD9];

    internal static AudioMetadata Parse(byte[] file, TagReadOptions? options = null, double? msPerMpegFrame = null)
    {
        var bag = new TagBag();
        var parser = new Id3v2Parser(bag, options ?? TagReadOptions.Scan);
        using var stream = new MemoryStream(file);
        Assert.True(parser.ReadTag(stream, 0, stream.Length) > 0, "no tag found");
        return bag.ToMetadata(new AudioMetadata { Picture = parser.Picture, SyncedLyrics = parser.SyncedLyrics(msPerMpegFrame) });
    }

    [Fact]
    public void ReadTag_V22Frames_MapToFields()
    {
        var tag = new Id3TagBuilder(2)
            .Text("TT2", "Title 22").Text("TP1", "Artist").Text("TP2", "Album Artist").Text("TAL", "Album")
            .Text("TRK", "3/12").Text("TPA", "1/2").Text("TYE", "2001").Text("TCO", "(17)").Text("TCM", "Composer")
            .DescribedText("COM", "", "A comment").DescribedText("ULT", "", "Some lyrics")
            .UserText("MusicBrainz Album Id", "0bd5bd7f-0000-4000-8000-000000000001")
            .Frame("UFI", [.. "http://musicbrainz.org"u8, 0, .. "0bd5bd7f-0000-4000-8000-000000000002"u8])
            .Picture("PNG", 3, "front", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3])
            .Build();

        var meta = Parse(tag);

        Assert.Equal("Title 22", meta.Title);
        Assert.Equal(["Artist"], meta.Artists);
        Assert.Equal(["Album Artist"], meta.AlbumArtists);
        Assert.Equal("Album", meta.Album);
        Assert.Equal([3, 12, 1, 2], new[] { meta.TrackNumber, meta.TrackTotal, meta.DiscNumber, meta.DiscTotal });
        Assert.Equal(2001, meta.Year);
        Assert.Equal(["Rock"], meta.Genres);
        Assert.Equal(["Composer"], meta.Composers);
        Assert.Equal("A comment", meta.Comment);
        Assert.Equal("Some lyrics", meta.Lyrics);
        Assert.Equal("0bd5bd7f-0000-4000-8000-000000000001", meta.MusicBrainzReleaseId);
        Assert.Equal("0bd5bd7f-0000-4000-8000-000000000002", meta.MusicBrainzRecordingId);
        Assert.Equal(new EmbeddedPicture("image/png", 3, "front", 7, null), meta.Picture);
    }

    [Fact]
    public void ReadTag_V23WholeTagUnsynchronisation_RestoresFfE0Bytes()
    {
        var tag = new Id3TagBuilder(3)
            .Text("TIT2", "\u00FF\u00E0 title")
            .Picture("image/jpeg", 3, "", Jpeg)
            .Text("TPE1", "After the picture")
            .Build(unsynchronise: true);
        Assert.True(tag.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0x00, 0xE0]) > 0, "the builder should have unsynchronised the tag");

        var meta = Parse(tag, TagReadOptions.WithPictures);

        Assert.Equal("\u00FF\u00E0 title", meta.Title);
        Assert.Equal(["After the picture"], meta.Artists);
        Assert.Equal(Jpeg, meta.Picture?.Data);
        Assert.Equal(Jpeg.Length, meta.Picture?.Length);
    }

    [Fact]
    public void ReadTag_V23ExtendedHeader_IsSkipped()
    {
        // 2.3: size 10 (not counting itself), flags with CRC present, padding size, CRC.
        byte[] extended = [0, 0, 0, 10, 0x80, 0, 0, 0, 0, 0, 0xDE, 0xAD, 0xBE, 0xEF];

        var meta = Parse(new Id3TagBuilder(3).Text("TIT2", "After extended").Build(extendedHeader: extended));

        Assert.Equal("After extended", meta.Title);
    }

    [Fact]
    public void ReadTag_V24ExtendedHeader_IsSkipped()
    {
        // 2.4: syncsafe size 12 counting itself, one flag byte, "tag is an update" + CRC (5 syncsafe bytes).
        byte[] extended = [0, 0, 0, 12, 1, 0x60, 0, 5, 1, 2, 3, 4];

        var meta = Parse(new Id3TagBuilder(4).Text("TIT2", "After extended").Build(extendedHeader: extended));

        Assert.Equal("After extended", meta.Title);
    }

    [Fact]
    public void ReadTag_V24WithPlainFrameSizes_ReadsEveryFrame()
    {
        var longTitle = new string('x', 300);
        var tag = new Id3TagBuilder(4)
            .Frame("TIT2", [3, .. System.Text.Encoding.UTF8.GetBytes(longTitle)], plainSize: true)
            .Frame("TPE1", [3, .. "Artist"u8], plainSize: true)
            .Frame("TALB", [3, .. System.Text.Encoding.UTF8.GetBytes(new string('y', 200))], plainSize: true)
            .Build(padding: 64);

        var meta = Parse(tag);

        Assert.Equal(longTitle, meta.Title);
        Assert.Equal(["Artist"], meta.Artists);
        Assert.Equal(new string('y', 200), meta.Album);
    }

    [Fact]
    public void ReadTag_V24FrameUnsynchronisationWithDataLengthIndicator_Decodes()
    {
        byte[] content = [0, 0xFF, 0xE0, (byte)'z', 0xFF];
        var unsynced = Id3TagBuilder.Unsynchronise(content);
        var length = new byte[4];
        Id3TagBuilder.Syncsafe(content.Length, length);
        var tag = new Id3TagBuilder(4)
            .Frame("TIT2", [.. length, .. unsynced], formatFlags: 0x03)
            .Text("TPE1", "Next")
            .Build();

        var meta = Parse(tag);

        Assert.Equal("\u00FF\u00E0z\u00FF", meta.Title);
        Assert.Equal(["Next"], meta.Artists);
    }

    [Fact]
    public void ReadTag_V24CompressedFrame_IsInflated()
    {
        byte[] content = [3, .. "Compressed title"u8];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(content);
        var length = new byte[4];
        Id3TagBuilder.Syncsafe(content.Length, length);

        var meta = Parse(new Id3TagBuilder(4).Frame("TIT2", [.. length, .. compressed.ToArray()], formatFlags: 0x09).Build());

        Assert.Equal("Compressed title", meta.Title);
    }

    [Fact]
    public void ReadTag_HeaderLongerThanFile_ThrowsTruncated()
    {
        var tag = new Id3TagBuilder(3).Text("TIT2", "Title").Build(declaredSize: 4096);

        var error = Assert.Throws<TagReadException>(() => Parse(tag));

        Assert.StartsWith("truncated ID3v2 tag", error.Message);
        Assert.Contains("4106", error.Message);
    }

    [Fact]
    public void ReadTag_FrameRunningPastTagEnd_KeepsEarlierFrames()
    {
        var whole = new Id3TagBuilder(3).Text("TIT2", "Good").Text("TPE1", "Cut off by the size").Build();
        // The header claims less than the frames need: the second frame runs past the tag's end.
        var tag = new Id3TagBuilder(3).Text("TIT2", "Good").Text("TPE1", "Cut off by the size").Build(declaredSize: whole.Length - 10 - 5);

        var meta = Parse(tag);

        Assert.Equal("Good", meta.Title);
        Assert.Empty(meta.Artists);
    }

    [Fact]
    public void ReadTag_JunkAfterFrames_KeepsEarlierFrames()
    {
        var good = new Id3TagBuilder(4).Text("TIT2", "Good").Build();
        byte[] junk = [.. "tit2 is no frame id"u8, .. new byte[20]];
        var damaged = good.Concat(junk).ToArray();
        Id3TagBuilder.Syncsafe(damaged.Length - 10, damaged.AsSpan(6, 4));

        var meta = Parse(damaged);

        Assert.Equal("Good", meta.Title);
    }

    [Fact]
    public void ReadTag_UnknownAndEncryptedFrames_AreSkipped()
    {
        var tag = new Id3TagBuilder(3)
            .Frame("PRIV", [.. "owner"u8, 0, 1, 2, 3])
            .Frame("TALB", [0x80, .. "encrypted"u8], formatFlags: 0x40)
            .Frame("XYZW", new byte[300])
            .Text("TIT2", "Known")
            .Build();

        var meta = Parse(tag);

        Assert.Equal("Known", meta.Title);
        Assert.Null(meta.Album);
    }

    [Fact]
    public void ReadTag_Footer_CountsInTagLength()
    {
        var tag = new Id3TagBuilder(4).Text("TIT2", "Footed").Build(footer: true);
        var parser = new Id3v2Parser(new TagBag(), TagReadOptions.Scan);

        var length = parser.ReadTag(new MemoryStream(tag), 0, tag.Length);

        Assert.Equal(tag.Length, length);
        Assert.Equal("3DI"u8.ToArray(), tag[^10..^7]);
    }
}
