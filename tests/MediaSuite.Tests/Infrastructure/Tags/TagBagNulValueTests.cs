using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Tests.Infrastructure.Tags;

public sealed class TagBagNulValueTests
{
    [Theory]
    [InlineData("\0")]
    [InlineData("\0\0 ")]
    [InlineData(" \0")]
    public void Add_OnlyNulAndSpace_LeavesNoField(string value)
    {
        var bag = new TagBag();

        bag.Add("TITLE", value);

        Assert.False(bag.Has("TITLE"));
    }

    [Fact]
    public void Add_NulOnlyValueThenFallback_FallbackIsKept()
    {
        var bag = new TagBag();
        bag.Add("TITLE", "\0");

        if (!bag.Has("TITLE")) bag.Add("TITLE", "From the fallback tag");

        Assert.Equal("From the fallback tag", bag.ToMetadata(new()).Title);
    }

    [Fact]
    public void Add_ValueWithTrailingNul_IsTrimmed()
    {
        var bag = new TagBag();

        bag.Add("ALBUM", "Album\0");

        Assert.Equal("Album", bag.First("ALBUM"));
    }
}
