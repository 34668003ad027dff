using MediaSuite.Domain.Search;

namespace MediaSuite.Tests.Domain.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n ")]
    [InlineData("\u00a0\u2003")]
    [InlineData("*")]
    [InlineData("\" \" -- ( ) : ^ + *")]
    [InlineData("🎸 🎹")]
    public void Parse_NothingSearchable_IsNull(string? text) => Assert.Null(SearchQuery.Parse(text));

    [Fact]
    public void Parse_OneWord_QuotedAndPrefixed()
    {
        var query = SearchQuery.Parse("nor")!;

        Assert.Equal("\"nor\"*", query.Match);
        Assert.Equal("nor", query.Text);
    }

    [Fact]
    public void Parse_SeveralWords_EachQuotedOnlyTheLastPrefixed()
    {
        var query = SearchQuery.Parse("  northern   lig ")!;

        Assert.Equal("\"northern\" \"lig\"*", query.Match);
        Assert.Equal("northern lig", query.Text);
        Assert.Equal(["northern", "lig"], query.Words);
    }

    [Theory]
    [InlineData("a", "\"a\"")]
    [InlineData("northern l", "\"northern\" \"l\"")]
    [InlineData("l-", "\"l-\"")]
    [InlineData("é", "\"é\"")]
    [InlineData("ab", "\"ab\"*")]
    [InlineData("ab-", "\"ab-\"*")]
    public void Parse_LastWordOfOneLetter_MatchesWholeWordsOnly(string text, string match) => Assert.Equal(match, SearchQuery.Parse(text)!.Match);

    [Theory]
    [InlineData("AND", "\"AND\"*")]
    [InlineData("OR", "\"OR\"*")]
    [InlineData("NOT", "\"NOT\"*")]
    [InlineData("NEAR(love fire)", "\"NEAR(love\" \"fire)\"*")]
    [InlineData("love AND fire", "\"love\" \"AND\" \"fire\"*")]
    [InlineData("title:love", "\"title:love\"*")]
    [InlineData("-love", "\"-love\"*")]
    [InlineData("love*", "\"love*\"*")]
    [InlineData("^love", "\"^love\"*")]
    [InlineData("+love", "\"+love\"*")]
    [InlineData("(love)", "\"(love)\"*")]
    [InlineData("{Title}:x", "\"{Title}:x\"*")]
    public void Parse_Fts5Syntax_BecomesPlainQuotedText(string text, string match) => Assert.Equal(match, SearchQuery.Parse(text)!.Match);

    [Fact]
    public void Parse_QuotesInsideWords_AreDoubled()
    {
        var query = SearchQuery.Parse("\"a\" OR -b*")!;

        Assert.Equal("\"\"\"a\"\"\" \"OR\" \"-b*\"", query.Match);
        Assert.Equal("\"a\" OR -b*", query.Text);
    }

    [Fact]
    public void Parse_AnUnbalancedQuote_StaysInsideItsString()
    {
        var query = SearchQuery.Parse("rock\" OR \"x")!;

        Assert.Equal("\"rock\"\"\" \"OR\" \"\"\"x\"", query.Match);
    }

    [Fact]
    public void Parse_WordsWithoutLettersOrDigits_AreDropped()
    {
        var query = SearchQuery.Parse("love - * & fire !")!;

        Assert.Equal(["love", "fire"], query.Words);
        Assert.Equal("\"love\" \"fire\"*", query.Match);
    }

    [Fact]
    public void Parse_ControlCharacters_SeparateWords()
    {
        var query = SearchQuery.Parse("love\0fire\u0007x\u001bz")!;

        Assert.Equal(["love", "fire", "x", "z"], query.Words);
        Assert.DoesNotContain(query.Match, char.IsControl);
    }

    [Fact]
    public void Parse_DigitsAndAccentedLetters_AreWords()
    {
        Assert.Equal("\"1999\"*", SearchQuery.Parse("1999")!.Match);
        Assert.Equal("\"beyoncé\"*", SearchQuery.Parse("beyoncé")!.Match);
        Assert.Equal("\"北極光\"*", SearchQuery.Parse("北極光")!.Match);
    }

    [Fact]
    public void Parse_ManyWords_KeepsTheFirstEight()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"w{i}")))!;

        Assert.Equal(SearchQuery.MaxWords, query.Words.Count);
        Assert.Equal("w8", query.Words[^1]);
        Assert.EndsWith("\"w8\"*", query.Match);
    }

    [Fact]
    public void Parse_VeryLongInput_IsCut()
    {
        var query = SearchQuery.Parse(new string('x', 10_000))!;

        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
    }

    [Fact]
    public void Parse_CutInsideASurrogatePair_DropsTheHalf()
    {
        var text = new string('x', SearchQuery.MaxLength - 1) + "𝄞tail";

        var query = SearchQuery.Parse(text)!;

        Assert.Equal(new string('x', SearchQuery.MaxLength - 1), query.Text);
        Assert.DoesNotContain(query.Match, c => char.IsSurrogate(c));
    }
}
