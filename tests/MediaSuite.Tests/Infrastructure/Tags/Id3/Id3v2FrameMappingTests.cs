using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

/// <summary>How frames become fields: genres, dates, comments, lyrics, freeform text and pictures.</summary>
public sealed class Id3v2FrameMappingTests
{
    [Theory]
    [InlineData(3, "(17)", "Rock")]
    [InlineData(3, "(17)Rock", "Rock")]
    [InlineData(4, "17", "Rock")]
    [InlineData(4, "RX", "Remix")]
    [InlineData(3, "(CR)", "Cover")]
    [InlineData(3, "(4)Eurodisco", "Disco|Eurodisco")]
    [InlineData(4, "Shoegaze", "Shoegaze")]
    public void ReadTag_GenreReferences_Resolve(byte major, string tcon, string expected)
    {
        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(major).Text("TCON", tcon).Build());

        Assert.Equal(expected.Split('|'), meta.Genres);
    }

    [Fact]
    public void ReadTag_Sylt_GivesTimedLines()
    {
        var tag = new Id3TagBuilder(3).SyncedLyrics(2, (1500, "\nSecond"), (0, "First")).Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal([new SyncedLyricLine(0, "First"), new SyncedLyricLine(1500, "Second")], meta.SyncedLyrics);
    }

    [Fact]
    public void ReadTag_SyltInMpegFrames_ConvertedOnlyWithFrameDuration()
    {
        var tag = new Id3TagBuilder(3).SyncedLyrics(1, (38, "At frame 38")).Build();

        Assert.Empty(Id3v2ParserTests.Parse(tag).SyncedLyrics);
        Assert.Equal([new SyncedLyricLine(993, "At frame 38")], Id3v2ParserTests.Parse(tag, msPerMpegFrame: 1152 * 1000.0 / 44100).SyncedLyrics);
    }

    [Fact]
    public void ReadTag_Comments_PreferNoDescriptionAndIgnoreItunesData()
    {
        var tag = new Id3TagBuilder(3)
            .DescribedText("COMM", "iTunNORM", " 00000A2B 00000A2B")
            .DescribedText("COMM", "Songs-DB_Custom1", "described")
            .DescribedText("COMM", "", "plain comment", encoding: 1)
            .Build();

        Assert.Equal("plain comment", Id3v2ParserTests.Parse(tag).Comment);
    }

    [Fact]
    public void ReadTag_OnlyDescribedAndItunesComments_UsesDescribed()
    {
        var tag = new Id3TagBuilder(3)
            .DescribedText("COMM", "iTunSMPB", " 00000000 00000210")
            .DescribedText("COMM", "note", "described")
            .Build();

        Assert.Equal("described", Id3v2ParserTests.Parse(tag).Comment);
    }

    [Fact]
    public void ReadTag_UserTextAndUfid_MapMusicBrainzAndReplayGain()
    {
        var tag = new Id3TagBuilder(3)
            .UserText("MusicBrainz Release Group Id", "rg-1")
            .UserText("MusicBrainz Release Track Id", "rt-1")
            .UserText("MusicBrainz Artist Id", "a1-uuid/a2-uuid")
            .UserText("REPLAYGAIN_TRACK_GAIN", "-6.50 dB")
            .UserText("REPLAYGAIN_TRACK_PEAK", "0.988")
            .UserText("replaygain_album_gain", "-7.25 dB")
            .Frame("UFID", [.. "http://example.org"u8, 0, .. "other"u8])
            .Frame("UFID", [.. "http://musicbrainz.org"u8, 0, .. "rec-1"u8])
            .Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal("rg-1", meta.MusicBrainzReleaseGroupId);
        Assert.Equal("rt-1", meta.MusicBrainzTrackId);
        Assert.Equal(["a1-uuid", "a2-uuid"], meta.MusicBrainzArtistIds);
        Assert.Equal("rec-1", meta.MusicBrainzRecordingId);
        Assert.Equal(-6.5, meta.ReplayGainTrackGain);
        Assert.Equal(0.988, meta.ReplayGainTrackPeak);
        Assert.Equal(-7.25, meta.ReplayGainAlbumGain);
    }

    [Fact]
    public void ReadTag_TyerAndTdat_CombineIntoDate()
    {
        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(3).Text("TDAT", "1705").Text("TYER", "2019").Text("TORY", "1999").Build());

        Assert.Equal("2019-05-17", meta.Date);
        Assert.Equal(2019, meta.Year);
        Assert.Equal(1999, meta.OriginalYear);
    }

    [Fact]
    public void ReadTag_V24DatesAndFlags_Map()
    {
        var tag = new Id3TagBuilder(4)
            .Text("TDRC", "2019-05-17T10:00").Text("TDOR", "1999-01-02").Text("TCMP", "1")
            .Text("TBPM", "128").Text("TSRC", "GBAYE0000351")
            .Build();

        var meta = Id3v2ParserTests.Parse(tag);

        Assert.Equal("2019-05-17", meta.Date);
        Assert.Equal("1999-01-02", meta.OriginalDate);
        Assert.Equal(1999, meta.OriginalYear);
        Assert.True(meta.Compilation);
        Assert.Equal(128, meta.Bpm);
        Assert.Equal("GBAYE0000351", meta.Isrc);
    }

    [Fact]
    public void ReadTag_SeveralPictures_PrefersFrontCoverAndSkipsBytesOnScan()
    {
        var back = new byte[5000];
        var tag = new Id3TagBuilder(3)
            .Picture("image/png", 4, "back", [0x89, .. "PNG"u8, .. back])
            .Picture("image/jpg", 3, "front", Id3v2ParserTests.Jpeg)
            .Picture("image/jpeg", 3, "second front", [0xFF, 0xD8, 0xFF])
            .Build();

        var scan = Id3v2ParserTests.Parse(tag);
        var full = Id3v2ParserTests.Parse(tag, TagReadOptions.WithPictures);

        Assert.Equal(new EmbeddedPicture("image/jpeg", 3, "front", Id3v2ParserTests.Jpeg.Length, null), scan.Picture);
        Assert.Equal(Id3v2ParserTests.Jpeg, full.Picture?.Data);
    }

    [Fact]
    public void ReadTag_PictureWithoutMime_IsRecognisedFromItsBytes()
    {
        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(3).Picture("", 0, "", Id3v2ParserTests.Jpeg).Build());

        Assert.Equal("image/jpeg", meta.Picture?.MimeType);
    }

    [Fact]
    public void ReadTag_FfmpegCompilationInUserText_SetsCompilation()
    {
        var meta = Id3v2ParserTests.Parse(new Id3TagBuilder(4).UserText("TCMP", "1", encoding: 3).Build());

        Assert.True(meta.Compilation);
    }
}
