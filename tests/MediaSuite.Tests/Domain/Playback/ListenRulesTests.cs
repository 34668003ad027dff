using MediaSuite.Domain.Playback;

namespace MediaSuite.Tests.Domain.Playback;

public sealed class ListenRulesTests
{
    [Theory]
    [InlineData(200_000L, 99_999L, false)]
    [InlineData(200_000L, 100_000L, true)]
    [InlineData(1_200_000L, 239_999L, false)] // a 20-minute track: four minutes count before half
    [InlineData(1_200_000L, 240_000L, true)]
    [InlineData(null, 239_999L, false)] // unknown length: only the four minutes
    [InlineData(null, 240_000L, true)]
    [InlineData(200_000L, 0L, false)]
    [InlineData(0L, 1_000L, false)]
    public void CountsAsPlay_HalfTheTrackOrFourMinutes(long? durationMs, long playedMs, bool counts) =>
        Assert.Equal(counts, ListenRules.CountsAsPlay(durationMs, playedMs));

    [Theory]
    [InlineData("4f2a9c0d1e7b4a6c9d0e1f2a3b4c5d6e", true)]
    [InlineData("0b6f3c1a-5d2e-4f7a-9b8c-1d2e3f4a5b6c", true)]
    [InlineData("short", false)]
    [InlineData("has spaces in it", false)]
    [InlineData("<script>alert(1)</script>", false)]
    [InlineData(null, false)]
    public void DeviceIds_Clean_KeepsOnlyIdsThePlayerMakes(string? raw, bool kept) =>
        Assert.Equal(kept ? raw : null, DeviceIds.Clean(raw));
}
