using MediaSuite.Components.Shared;

namespace MediaSuite.Tests.Components;

public class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, "in less than a minute")]
    [InlineData(60, "in 1 minute")]
    [InlineData(3 * 3600 + 59, "in 3 hours")]
    [InlineData(7 * 86400, "in 7 days")]
    [InlineData(-86400, "1 day ago")]
    [InlineData(-150, "2 minutes ago")]
    public void From_DescribesTheDistance(int seconds, string expected) =>
        Assert.Equal(expected, RelativeTime.From(Now.AddSeconds(seconds), Now));
}
