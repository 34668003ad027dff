using MediaSuite.Components.Layout;
using MediaSuite.Domain.Appearance;

namespace MediaSuite.Tests.Components;

public class ThemeMarkupTests
{
    [Fact]
    public void Light_EnablesOnlyTheLightSheet()
    {
        var markup = ThemeMarkup.For(ThemeResolver.Resolve(new UserAppearance { UserId = "u", Mode = ThemeMode.Light }));
        Assert.Equal("all", markup.LightMedia);
        Assert.Equal("not all", markup.DarkMedia);
    }

    [Fact]
    public void Dark_EnablesOnlyTheDarkSheetOfTheChosenStyle()
    {
        var markup = ThemeMarkup.For(ThemeResolver.Resolve(new UserAppearance { UserId = "u", Mode = ThemeMode.Dark, Style = "standard" }));
        Assert.Equal("not all", markup.LightMedia);
        Assert.Equal("all", markup.DarkMedia);
        Assert.Equal("_content/Radzen.Blazor/css/standard-dark.css", markup.DarkHref);
        Assert.StartsWith(":root{color-scheme:dark;", markup.DarkCss);
    }

    [Fact]
    public void System_LetsTheBrowserChooseByMediaQuery()
    {
        var markup = ThemeMarkup.For(ThemeResolver.Resolve(null));
        Assert.Equal("(prefers-color-scheme: light)", markup.LightMedia);
        Assert.Equal("(prefers-color-scheme: dark)", markup.DarkMedia);
    }

    [Fact]
    public void EveryStyle_PointsAtAStylesheetThatShipsWithRadzen()
    {
        foreach (var style in ThemeStyles.All)
        {
            var markup = ThemeMarkup.For(ThemeResolver.Resolve(new UserAppearance { UserId = "u", Style = style.Id }));
            Assert.True(RadzenSheetExists(markup.LightHref), markup.LightHref);
            Assert.True(RadzenSheetExists(markup.DarkHref), markup.DarkHref);
        }
    }

    private static bool RadzenSheetExists(string href)
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var version = typeof(Radzen.DialogService).Assembly.GetName().Version!;
        var file = Path.Combine(packages, "radzen.blazor", $"{version.Major}.{version.Minor}.{version.Build}", "staticwebassets", href["_content/Radzen.Blazor/".Length..]);
        return File.Exists(file);
    }
}
