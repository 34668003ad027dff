using MediaSuite.Components.Music;

namespace MediaSuite.Tests.Components;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(null, "–:––")]
    [InlineData(0L, "–:––")]
    [InlineData(184_400L, "3:04")]
    [InlineData(59_999L, "0:59")]
    [InlineData(3_723_000L, "1:02:03")]
    public void Clock_MinutesAndSeconds_HoursWhenLong(long? ms, string expected) => Assert.Equal(expected, DurationText.Clock(ms));

    [Theory]
    [InlineData(0L, "0 min")]
    [InlineData(20_000L, "under a minute")]
    [InlineData(2_520_000L, "42 min")]
    [InlineData(3_600_000L, "1 h")]
    [InlineData(4_320_000L, "1 h 12 min")]
    public void Total_RoundsToMinutes(long ms, string expected) => Assert.Equal(expected, DurationText.Total(ms));

    [Fact]
    public void Tracks_SingularAndPlural() => Assert.Equal(("1 track", "1,200 tracks"), (DurationText.Tracks(1), DurationText.Tracks(1200)));
}
