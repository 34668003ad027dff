using MediaSuite.Domain.Devices;

namespace MediaSuite.Tests.Domain.Devices;

public class LayoutRulesTests
{
    public const string FireTvStick4K = "Mozilla/5.0 (Linux; Android 9; AFTMM Build/PS7633.3445N; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.210 Mobile Safari/537.36";
    public const string FireTvCube = "Mozilla/5.0 (Linux; Android 9; AFTR) AppleWebKit/537.36 (KHTML, like Gecko) Silk/98.3.8 like Chrome/98.0.4758.136 Safari/537.36";
    public const string FireTvOmni = "Mozilla/5.0 (Linux; Android 11; AFTTIFF43 Build/RS8130) AppleWebKit/537.36 (KHTML, like Gecko) Silk/120.1.2 like Chrome/120.0.6099.211 Safari/537.36";
    public const string Pixel = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
    public const string FireTablet = "Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/120.2.1 like Chrome/120.0.6099.230 Safari/537.36";
    public const string DesktopChrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    [Theory]
    [InlineData(FireTvStick4K, true)]
    [InlineData(FireTvCube, true)]
    [InlineData(FireTvOmni, true)]
    [InlineData(Pixel, false)]
    [InlineData(FireTablet, false)]
    [InlineData(DesktopChrome, false)]
    [InlineData("AFT", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsFireTv_RecognisesFireTvModels(string? userAgent, bool expected) =>
        Assert.Equal(expected, LayoutRules.IsFireTv(userAgent));

    [Fact]
    public void Decide_AutomaticOnFireTv_SuggestsButDoesNotForce() =>
        Assert.Equal(new LayoutDecision(false, true), LayoutRules.Decide(LayoutPreference.Automatic, FireTvCube));

    [Fact]
    public void Decide_ChosenStandardOnFireTv_NoLongerSuggests() =>
        Assert.Equal(new LayoutDecision(false, false), LayoutRules.Decide(LayoutPreference.Standard, FireTvCube));

    [Fact]
    public void Decide_ChosenTvOnDesktop_UsesTv() =>
        Assert.Equal(new LayoutDecision(true, false), LayoutRules.Decide(LayoutPreference.Tv, DesktopChrome));

    [Theory]
    [InlineData("tv", LayoutPreference.Tv)]
    [InlineData("standard", LayoutPreference.Standard)]
    [InlineData("auto", LayoutPreference.Automatic)]
    [InlineData("garbage", LayoutPreference.Automatic)]
    [InlineData(null, LayoutPreference.Automatic)]
    public void Parse_CookieValues(string? value, LayoutPreference expected)
    {
        Assert.Equal(expected, LayoutRules.Parse(value));
        if (value is "tv" or "standard" or "auto") Assert.Equal(value, LayoutRules.ToCookieValue(expected));
    }
}
