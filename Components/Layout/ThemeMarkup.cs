using MediaSuite.Domain.Appearance;

namespace MediaSuite.Components.Layout;

/// <summary>
/// The two stylesheets and two variable blocks of a theme. Both are always in the page; their media
/// attributes pick which applies, so "follow the system" needs no script and changing the theme
/// only rewrites four attributes.
/// </summary>
public sealed record ThemeMarkup(string LightHref, string LightMedia, string DarkHref, string DarkMedia, string LightCss, string DarkCss)
{
    private const string Off = "not all";
    private const string PrefersLight = "(prefers-color-scheme: light)";
    private const string PrefersDark = "(prefers-color-scheme: dark)";

    public static ThemeMarkup For(ResolvedTheme theme)
    {
        var (light, dark) = theme.Mode switch
        {
            ThemeMode.Light => ("all", Off),
            ThemeMode.Dark => (Off, "all"),
            _ => (PrefersLight, PrefersDark),
        };
        return new ThemeMarkup(
            $"_content/Radzen.Blazor/css/{theme.Style.LightTheme}.css", light,
            $"_content/Radzen.Blazor/css/{theme.Style.DarkTheme}.css", dark,
            $":root{{color-scheme:light;{theme.LightVariables}}}",
            $":root{{color-scheme:dark;{theme.DarkVariables}}}");
    }
}
