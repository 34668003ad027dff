using System.Text;
using MediaSuite.Domain.Music;

namespace MediaSuite.Tests.Domain.Music;

public sealed class M3u8Tests
{
    [Fact]
    public void Write_HeaderThenExtInfAndPathPerEntry()
    {
        var text = M3u8.Write([
            new M3u8Item("/srv/music/A/B/01.mp3", "Aurora Band", "Polar Night", 184_400),
            new M3u8Item("/srv/music/C/02.flac", null, "No Artist", null),
        ]);

        Assert.Equal("#EXTM3U\n#EXTINF:184,Aurora Band - Polar Night\n/srv/music/A/B/01.mp3\n#EXTINF:-1,No Artist\n/srv/music/C/02.flac\n", text);
    }

    [Fact]
    public void Write_LineBreaksInTagsBecomeSpaces_SoEveryEntryStaysTwoLines()
    {
        var text = M3u8.Write([new M3u8Item("/x.mp3", "Two\r\nLines", "Title\nhere", 1000)]);

        Assert.Equal("#EXTM3U\n#EXTINF:1,Two Lines - Title here\n/x.mp3\n", text);
    }

    [Fact]
    public void Parse_ReadsWhatWriteWrote()
    {
        var document = M3u8.Parse(M3u8.Write([new M3u8Item("/a/b.mp3", "Beyoncé", "Été", 61_000), new M3u8Item("rel/c.ogg", "X", "Y - Z", 0)]));

        Assert.Equal(
            [new M3u8Entry(3, "/a/b.mp3", 61, "Beyoncé - Été"), new M3u8Entry(5, "rel/c.ogg", null, "X - Y - Z")],
            document.Entries);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Parse_CrLfLoneCrBlankLinesAndComments_LineNumbersCountEveryLine()
    {
        var document = M3u8.Parse("#EXTM3U\r\n\r\n# a comment\r\n#EXTINF:10,A - B\r\n  one.mp3  \rtwo.mp3\n#PLAYLIST:Name\nthree.mp3");

        Assert.Equal([(5, "one.mp3", (int?)10), (6, "two.mp3", null), (8, "three.mp3", null)], document.Entries.Select(e => (e.Line, e.Location, e.DurationSeconds)));
    }

    [Fact]
    public void Parse_WithoutHeaderOrExtInf_IsAPlainListOfPaths()
    {
        var document = M3u8.Parse("a.mp3\nb.mp3\n");

        Assert.Equal(["a.mp3", "b.mp3"], document.Entries.Select(e => e.Location));
        Assert.All(document.Entries, e => Assert.Null(e.Display));
    }

    [Fact]
    public void Parse_ExtInfWithAttributesOrDecimals_KeepsDurationAndTitle()
    {
        var document = M3u8.Parse("#EXTINF:12.6 tvg-id=\"x\",Artist - Title, with comma\nfile.mp3\n#EXTINF:abc,Odd\nodd.mp3");

        Assert.Equal((13, "Artist - Title, with comma"), (document.Entries[0].DurationSeconds!.Value, document.Entries[0].Display));
        Assert.Equal(((int?)null, "Odd"), (document.Entries[1].DurationSeconds, document.Entries[1].Display));
    }

    [Fact]
    public void Parse_ExtInfWithNoFileAfterIt_IsReportedNotDropped()
    {
        var document = M3u8.Parse("#EXTM3U\n#EXTINF:1,Lost\n#EXTINF:2,Found\nfound.mp3\n#EXTINF:3,Last");

        Assert.Equal(["found.mp3"], document.Entries.Select(e => e.Location));
        Assert.Equal([(2, "#EXTINF:1,Lost"), (5, "#EXTINF:3,Last")], document.Problems.Select(p => (p.Line, p.Text)));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("#EXTM3U\nÉté.mp3")).ToArray();

        Assert.Equal("#EXTM3U\nÉté.mp3", M3u8.Decode(bytes));
    }

    [Fact]
    public void Decode_Latin1_IsRefusedWithAWayOut()
    {
        var bytes = Encoding.Latin1.GetBytes("#EXTM3U\nÉté.mp3");

        var error = Assert.Throws<PlaylistException>(() => M3u8.Decode(bytes));

        Assert.Contains("not UTF-8 text", error.Message);
        Assert.Contains("save it as UTF-8", error.Message);
    }

    [Fact]
    public void Decode_Utf16_IsRefused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("#EXTM3U")).ToArray();

        Assert.Contains("UTF-16", Assert.Throws<PlaylistException>(() => M3u8.Decode(bytes)).Message);
    }

    [Fact]
    public void Decode_BinaryData_IsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

        var error = Assert.Throws<PlaylistException>(() => M3u8.Decode(png));

        Assert.True(error.Message.Contains("binary", StringComparison.Ordinal) || error.Message.Contains("not UTF-8", StringComparison.Ordinal), error.Message);
        Assert.Equal("The file is not a text playlist: it holds binary data.", Assert.Throws<PlaylistException>(() => M3u8.Decode([0x41, 0x00, 0x42])).Message);
    }

    [Fact]
    public void Decode_TooLarge_IsRefused()
    {
        Assert.Contains("at most 4 MiB", Assert.Throws<PlaylistException>(() => M3u8.Decode(new byte[M3u8.MaxBytes + 1])).Message);
    }

    [Fact]
    public void ArtistTitleReadings_EverySplitThenTheWholeTextAsTitle()
    {
        Assert.Equal([("A", "B - C"), ("A - B", "C"), (null, "A - B - C")], M3u8.ArtistTitleReadings("A - B - C"));
        Assert.Equal([(null, "Just a title")], M3u8.ArtistTitleReadings("Just a title"));
    }
}
