namespace MediaSuite.Domain.Appearance;

/// <summary>Everything a page needs to paint a user's theme before any script runs.</summary>
public sealed record ResolvedTheme(ThemeMode Mode, ThemeStyle Style, Rgb Accent, string LightVariables, string DarkVariables)
{
    public string AccentHex => Accent.ToHex();
}

public static class ThemeResolver
{
    public static ResolvedTheme Resolve(UserAppearance? appearance)
    {
        var mode = appearance?.Mode ?? ThemeMode.System;
        var style = ThemeStyles.Find(appearance?.Style);
        var accent = AccentOf(appearance);
        return new ResolvedTheme(mode, style, accent, Variables(accent, dark: false), Variables(accent, dark: true));
    }

    public static Rgb AccentOf(UserAppearance? appearance) =>
        Rgb.TryParse(appearance?.CustomAccent, out var custom) ? custom : Rgb.Parse(Palettes.Find(appearance?.Palette).Accent);

    /// <summary>Text on an accent-filled surface: whichever of white or near-black reads better.</summary>
    public static Rgb OnAccent(Rgb accent)
    {
        var ink = new Rgb(17, 17, 17);
        return Rgb.ContrastRatio(accent, Rgb.White) >= Rgb.ContrastRatio(accent, ink) ? Rgb.White : ink;
    }

    /// <summary>
    /// Radzen's primary colour family, derived from one accent. On dark backgrounds the accent used
    /// for text and outlines is lightened until it keeps a 4.5:1 contrast, so a deep custom colour
    /// stays legible.
    /// </summary>
    public static string Variables(Rgb accent, bool dark)
    {
        var background = dark ? new Rgb(66, 66, 66) : Rgb.White;
        var readable = ReadableOn(accent, background, towards: dark ? Rgb.White : Rgb.Black);
        var on = OnAccent(accent);
        var (r, g, b) = (accent.R, accent.G, accent.B);
        var pairs = new (string Name, string Value)[]
        {
            ("--rz-primary", accent.ToHex()),
            ("--rz-primary-light", accent.Mix(Rgb.White, 0.2).ToHex()),
            ("--rz-primary-lighter", $"rgba({r}, {g}, {b}, {(dark ? "0.24" : "0.12")})"),
            ("--rz-primary-dark", accent.Mix(Rgb.Black, 0.2).ToHex()),
            ("--rz-primary-darker", accent.Mix(Rgb.Black, 0.33).ToHex()),
            ("--rz-on-primary", on.ToHex()),
            ("--rz-on-primary-light", OnAccent(accent.Mix(Rgb.White, 0.2)).ToHex()),
            ("--rz-on-primary-lighter", readable.ToHex()),
            ("--rz-on-primary-dark", OnAccent(accent.Mix(Rgb.Black, 0.2)).ToHex()),
            ("--rz-on-primary-darker", OnAccent(accent.Mix(Rgb.Black, 0.33)).ToHex()),
            ("--ms-accent", accent.ToHex()),
            ("--ms-accent-readable", readable.ToHex()),
            ("--ms-on-accent", on.ToHex()),
        };
        return string.Join(";", pairs.Select(p => $"{p.Name}:{p.Value}"));
    }

    public static Rgb ReadableOn(Rgb colour, Rgb background, Rgb towards)
    {
        var candidate = colour;
        for (var step = 1; step <= 10 && Rgb.ContrastRatio(candidate, background) < 4.5; step++)
            candidate = colour.Mix(towards, step / 10.0);
        return candidate;
    }
}
