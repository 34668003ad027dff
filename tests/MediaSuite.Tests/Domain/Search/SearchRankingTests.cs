using MediaSuite.Domain.Search;

namespace MediaSuite.Tests.Domain.Search;

public class SearchRankingTests
{
    private static SearchQuery Q(string text) => SearchQuery.Parse(text)!;

    [Theory]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("Northern Lights", "northern lights")]
    [InlineData("AC/DC", "ac dc")]
    [InlineData("AC/DC", "AC/DC")]
    [InlineData("  The   Beatles ", "the beatles")]
    public void Classify_SameWords_IsExact(string name, string typed) => Assert.Equal(NameMatch.Exact, SearchRanking.Classify(name, Q(typed)));

    [Theory]
    [InlineData("Northern Lights", "nor")]
    [InlineData("Northern Lights", "northern lig")]
    [InlineData("Northern Lights", "northern")]
    [InlineData("Beyoncé Quartet", "beyon")]
    [InlineData("Lo-Fi Beats", "lo")]
    public void Classify_NameStartsWithTheWords_IsLeading(string name, string typed) => Assert.Equal(NameMatch.Leading, SearchRanking.Classify(name, Q(typed)));

    [Theory]
    [InlineData("Lights of the North", "nor")]
    [InlineData("The Northern Lights", "northern")]
    [InlineData("Northern Lights", "lights northern")]
    [InlineData("Northern Lights", "northerner")]
    [InlineData("Nor", "nor way")]
    public void Classify_WordsElsewhere_IsElsewhere(string name, string typed) => Assert.Equal(NameMatch.Elsewhere, SearchRanking.Classify(name, Q(typed)));

    [Fact]
    public void Order_ExactThenLeadingThenTheRest_KeepingTheIndexOrderWithinATier()
    {
        string[] ranked = ["Lights of the North", "Northern Soul", "Nor", "Northern Lights", "North"];

        var ordered = SearchRanking.Order(ranked, n => n, Q("nor")).ToList();

        Assert.Equal(["Nor", "Northern Soul", "Northern Lights", "North", "Lights of the North"], ordered);
    }

    [Fact]
    public void Words_FoldsCaseAccentsAndSplitsOnPunctuation() =>
        Assert.Equal(["ac", "dc", "live", "cafe", "1999"], SearchRanking.Words("AC/DC — Live! Café 1999"));
}
