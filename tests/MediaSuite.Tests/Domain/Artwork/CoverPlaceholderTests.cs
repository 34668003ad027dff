using System.Xml.Linq;
using MediaSuite.Domain.Appearance;
using MediaSuite.Domain.Artwork;

namespace MediaSuite.Tests.Domain.Artwork;

public sealed class CoverPlaceholderTests
{
    [Theory]
    [InlineData("Abbey Road", "AR")]
    [InlineData("abbey", "A")]
    [InlineData("The Dark Side of the Moon", "TD")]
    [InlineData("¡Viva la Vida!", "VL")]
    [InlineData("  spaced   out  ", "SO")]
    [InlineData("1989", "1")]
    [InlineData("élan vital", "ÉV")]
    [InlineData("東京 事変", "東事")]
    [InlineData("...", "♪")]
    [InlineData("", "♪")]
    [InlineData(null, "♪")]
    public void Initials_AreTheFirstLettersOfTwoWords(string? name, string expected) =>
        Assert.Equal(expected, CoverPlaceholder.Initials(name));

    [Fact]
    public void Background_IsStableAndIgnoresCase() =>
        Assert.Equal(CoverPlaceholder.Background("Abbey Road"), CoverPlaceholder.Background(" abbey road "));

    [Fact]
    public void Background_VariesBetweenNames()
    {
        var colours = Enumerable.Range(0, 40).Select(i => CoverPlaceholder.Background($"Album {i}")).Distinct().Count();
        Assert.True(colours >= 20, $"only {colours} colours for 40 names");
    }

    [Fact]
    public void Background_KeepsWhiteTextReadable()
    {
        foreach (var name in Enumerable.Range(0, 500).Select(i => $"Name {i}"))
            Assert.True(Rgb.ContrastRatio(CoverPlaceholder.Background(name), Rgb.White) >= 4.5, name);
    }

    [Fact]
    public void Svg_IsWellFormedAndSizedToTheRequest()
    {
        var svg = XElement.Parse(CoverPlaceholder.Svg("Abbey Road", 200, 120));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Name);
        Assert.Equal(("200", "120"), ((string?)svg.Attribute("width"), (string?)svg.Attribute("height")));
        Assert.Equal("AR", svg.Element(ns + "text")?.Value);
        Assert.Equal(CoverPlaceholder.Background("Abbey Road").ToHex(), (string?)svg.Element(ns + "rect")?.Attribute("fill"));
        Assert.Equal("Abbey Road", (string?)svg.Attribute("aria-label"));
    }

    [Fact]
    public void Svg_EscapesMarkupAndDropsControlCharacters()
    {
        var text = CoverPlaceholder.Svg("<script>alert(1)</script> & \"Co\"\u0001", 100, 100);
        var svg = XElement.Parse(text); // would throw on a raw '<', '&' or U+0001
        Assert.DoesNotContain("<script", text);
        Assert.Equal("<script>alert(1)</script> & \"Co\"", (string?)svg.Attribute("aria-label"));
    }
}
