using MediaSuite.Domain.Music;

namespace MediaSuite.Tests.Domain.Music;

public class MusicGroupingTests
{
    [Theory]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("  The   Beatles ", "the beatles")]
    [InlineData("ＡＢＢＡ", "abba")]
    [InlineData("Sigur Rós", "sigur ros")]
    public void Fold_IgnoresCaseAccentsWidthAndSpacing(string input, string expected) => Assert.Equal(expected, MusicGrouping.Fold(input));

    [Fact]
    public void ArtistKey_SameNameDifferentMusicBrainzIds_StayApart()
    {
        var a = MusicGrouping.ArtistKey("Nirvana", "5b11f4ce-a62d-471e-81fc-a69a8278c7da");
        var b = MusicGrouping.ArtistKey("Nirvana", "9282c8b4-ca0b-4c6b-b7e3-4f7762dfc4d6");
        Assert.NotEqual(a, b);
        Assert.Equal(MusicGrouping.ArtistKey("nirvana", null), MusicGrouping.ArtistKey("Nirvana ", ""));
    }

    [Fact]
    public void AlbumKey_SameTitleDifferentReleases_StayApart_WithoutIdsMerge()
    {
        var artist = MusicGrouping.ArtistKey("Queen", null);
        Assert.NotEqual(MusicGrouping.AlbumKey(artist, "Greatest Hits", "r1"), MusicGrouping.AlbumKey(artist, "Greatest Hits", "r2"));
        Assert.Equal(MusicGrouping.AlbumKey(artist, "Greatest Hits", null), MusicGrouping.AlbumKey(artist, "greatest hits", " "));
    }

    [Fact]
    public void AlbumArtistOf_PrefersAlbumArtistThenVariousForCompilationsThenFirstArtist()
    {
        Assert.Equal(("Queen", "q1"), MusicGrouping.AlbumArtistOf(["Queen"], ["q1"], ["Freddie Mercury"], [], compilation: false));
        Assert.Equal((MusicGrouping.VariousArtists, null), MusicGrouping.AlbumArtistOf([], [], ["Someone"], [], compilation: true));
        Assert.Equal(("Someone", "s1"), MusicGrouping.AlbumArtistOf([], [], ["Someone", "Other"], ["s1", "o1"], compilation: false));
        Assert.Equal((MusicGrouping.UnknownArtist, null), MusicGrouping.AlbumArtistOf([], [], [], [], compilation: false));
        Assert.Equal(("A, B", null), MusicGrouping.AlbumArtistOf(["A", "B"], ["a", "b"], [], [], compilation: false));
    }

    [Theory]
    [InlineData("CD1", 1)]
    [InlineData("CD 2", 2)]
    [InlineData("Disc 3", 3)]
    [InlineData("disk_04", 4)]
    [InlineData("Vol. 2", null)]
    [InlineData("Volume 2", 2)]
    [InlineData("CDs", null)]
    [InlineData("Album", null)]
    [InlineData("CD0", null)]
    public void DiscFromFolder_ReadsCommonNames(string folder, int? expected) => Assert.Equal(expected, MusicGrouping.DiscFromFolder(folder));
}
