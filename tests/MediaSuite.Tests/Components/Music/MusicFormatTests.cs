using MediaSuite.Components.Music;

namespace MediaSuite.Tests.Components.Music;

public class MusicFormatTests
{
    [Theory]
    [InlineData(null, "–")]
    [InlineData(-5L, "–")]
    [InlineData(0L, "0:00")]
    [InlineData(2_000L, "0:02")]
    [InlineData(185_400L, "3:05")]
    [InlineData(3_727_000L, "1:02:07")]
    public void TrackDuration_AsPlayersShowIt(long? ms, string expected) => Assert.Equal(expected, MusicFormat.TrackDuration(ms));

    [Theory]
    [InlineData(0L, "0 s")]
    [InlineData(8_000L, "8 s")]
    [InlineData(89_000L, "1 min")]
    [InlineData(2_550_000L, "43 min")]
    [InlineData(4_320_000L, "1 h 12 min")]
    public void TotalDuration_RoundsToMinutes(long ms, string expected) => Assert.Equal(expected, MusicFormat.TotalDuration(ms));

    [Theory]
    [InlineData(1, "1 track")]
    [InlineData(0, "0 tracks")]
    [InlineData(12345, "12,345 tracks")]
    public void Count_Plural(int n, string expected) => Assert.Equal(expected, MusicFormat.Count(n, "track"));
}
