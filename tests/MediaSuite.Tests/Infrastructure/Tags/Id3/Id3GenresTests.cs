using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

public sealed class Id3GenresTests
{
    [Theory]
    [InlineData("(17)", "Rock")]
    [InlineData("(17)Rock", "Rock")]
    [InlineData("(17)(18)", "Rock|Techno")]
    [InlineData("(4)Eurodisco", "Disco|Eurodisco")]
    [InlineData("17", "Rock")]
    [InlineData("RX", "Remix")]
    [InlineData("(CR)", "Cover")]
    [InlineData("((Parenthesised)", "(Parenthesised)")]
    [InlineData("Rock & Roll", "Rock & Roll")]
    [InlineData("(191)", "Psybient")]
    [InlineData("(999)", "")]
    public void Resolve_Id3Forms_GiveGenreNames(string value, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Id3Genres.Resolve(value));
    }

    [Theory]
    [InlineData(0, "Blues")]
    [InlineData(79, "Hard Rock")]
    [InlineData(147, "Synthpop")]
    [InlineData(255, null)]
    public void Name_TableIndex_GivesWinampName(int index, string? expected)
    {
        Assert.Equal(expected, Id3Genres.Name(index));
    }
}
