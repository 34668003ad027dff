using MediaSuite.Domain.Appearance;

namespace MediaSuite.Tests.Domain.Appearance;

public class RgbTests
{
    [Theory]
    [InlineData("#4340d2", 0x43, 0x40, 0xd2)]
    [InlineData("#4340D2", 0x43, 0x40, 0xd2)]
    [InlineData("#fff", 255, 255, 255)]
    [InlineData("rgb(12, 34, 56)", 12, 34, 56)]
    [InlineData("rgba(12,34,56,0.5)", 12, 34, 56)]
    [InlineData("  #000000 ", 0, 0, 0)]
    public void TryParse_AcceptsPickerAndTypedForms(string text, int r, int g, int b)
    {
        Assert.True(Rgb.TryParse(text, out var colour));
        Assert.Equal(new Rgb((byte)r, (byte)g, (byte)b), colour);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#gggggg")]
    [InlineData("rgb(256, 0, 0)")]
    [InlineData("rgb(1,2)")]
    [InlineData("#4340d2; background:url(x)")]
    public void TryParse_RefusesAnythingElse(string? text) => Assert.False(Rgb.TryParse(text, out _));

    [Fact]
    public void ContrastRatio_BlackOnWhite_Is21() =>
        Assert.Equal(21.0, Rgb.ContrastRatio(Rgb.Black, Rgb.White), precision: 2);

    [Fact]
    public void Mix_Halfway_IsMidpoint() =>
        Assert.Equal(new Rgb(128, 128, 128), Rgb.Black.Mix(Rgb.White, 0.5));
}
