using MediaSuite.Domain.Appearance;

namespace MediaSuite.Tests.Domain.Appearance;

public class ThemeResolverTests
{
    [Fact]
    public void Resolve_NoChoice_FollowsSystemWithDefaultPalette()
    {
        var theme = ThemeResolver.Resolve(null);
        Assert.Equal(ThemeMode.System, theme.Mode);
        Assert.Equal(Palettes.Default.Accent, theme.AccentHex);
        Assert.Equal("material", theme.Style.LightTheme);
        Assert.Equal("material-dark", theme.Style.DarkTheme);
    }

    [Fact]
    public void Resolve_CustomAccent_WinsOverPalette()
    {
        var theme = ThemeResolver.Resolve(new UserAppearance { UserId = "u", Palette = "forest", CustomAccent = "#ff8800" });
        Assert.Equal("#ff8800", theme.AccentHex);
        Assert.Contains("--rz-primary:#ff8800", theme.LightVariables);
    }

    [Fact]
    public void Resolve_MalformedStoredAccent_FallsBackToPalette() =>
        Assert.Equal("#2e7d32", ThemeResolver.Resolve(new UserAppearance { UserId = "u", Palette = "forest", CustomAccent = "nonsense" }).AccentHex);

    [Fact]
    public void Resolve_UnknownStyleOrPalette_FallsBackToDefaults()
    {
        var theme = ThemeResolver.Resolve(new UserAppearance { UserId = "u", Style = "gone", Palette = "gone" });
        Assert.Equal(ThemeStyles.Default, theme.Style);
        Assert.Equal(Palettes.Default.Accent, theme.AccentHex);
    }

    [Theory]
    [InlineData("#ffeb3b", "#111111")] // yellow takes dark text
    [InlineData("#1a237e", "#ffffff")] // navy takes white text
    [InlineData("#4340d2", "#ffffff")]
    public void OnAccent_PicksTheMoreReadableInk(string accent, string expected) =>
        Assert.Equal(expected, ThemeResolver.OnAccent(Rgb.Parse(accent)).ToHex());

    [Theory]
    [InlineData("#1a237e")]
    [InlineData("#000000")]
    [InlineData("#4340d2")]
    public void ReadableOn_DarkBackground_ReachesAA(string accent)
    {
        var background = new Rgb(66, 66, 66);
        var readable = ThemeResolver.ReadableOn(Rgb.Parse(accent), background, Rgb.White);
        Assert.True(Rgb.ContrastRatio(readable, background) >= 4.5);
    }

    [Fact]
    public void Variables_DarkUsesLightenedReadableAccent()
    {
        var dark = ThemeResolver.Variables(Rgb.Parse("#1a237e"), dark: true);
        Assert.Contains("--rz-primary:#1a237e", dark);
        Assert.DoesNotContain("--ms-accent-readable:#1a237e", dark);
    }

    [Fact]
    public void EveryPalette_KeepsAAContrastForTextOnAccentAndAccentOnWhite()
    {
        foreach (var palette in Palettes.All)
        {
            var accent = Rgb.Parse(palette.Accent);
            Assert.True(Rgb.ContrastRatio(accent, ThemeResolver.OnAccent(accent)) >= 4.5, palette.Name);
            Assert.True(Rgb.ContrastRatio(accent, Rgb.White) >= 4.5, palette.Name);
        }
    }
}
