using MediaSuite.Domain.Music;

namespace MediaSuite.Tests.Domain.Music;

public sealed class PlaylistRulesTests
{
    [Theory]
    [InlineData("Road trip", "Road trip")]
    [InlineData("  padded  ", "padded")]
    [InlineData("two\r\nlines\tand tab", "two lines and tab")]
    public void CheckName_CleansAcceptableNames(string name, string expected)
    {
        Assert.Equal((expected, null), PlaylistRules.CheckName(name));
    }

    [Fact]
    public void Unique_AddsTheFirstFreeNumber_WithinTheLengthLimit()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Mix", "mix (2)" };
        var long200 = new string('x', 200);

        Assert.Equal("Other", PlaylistRules.Unique("Other", taken));
        Assert.Equal("Mix (3)", PlaylistRules.Unique("Mix", taken));
        Assert.Equal(new string('x', 196) + " (2)", PlaylistRules.Unique(long200, new HashSet<string> { long200 }));
    }
}
