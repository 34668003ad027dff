using System.Globalization;
using System.Security;
using System.Text;
using MediaSuite.Domain.Appearance;

namespace MediaSuite.Domain.Artwork;

/// <summary>
/// What an album or artist without art shows: its initials on a colour derived from its name, so
/// the same album always gets the same tile and neighbouring tiles differ.
/// </summary>
public static class CoverPlaceholder
{
    public const string ContentType = "image/svg+xml";

    /// <summary>Bumped when the drawing changes, so versioned placeholder URLs change with it.</summary>
    public const string DesignVersion = "1";

    /// <summary>"Abbey Road" → "AR", "abbey" → "A", "¡Viva!" → "V", "" → "♪". Letters and digits only, two at most.</summary>
    public static string Initials(string? name)
    {
        var initials = string.Concat((name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(FirstLetterOrDigit).OfType<string>().Take(2).Select(e => e.ToUpperInvariant()));
        return initials.Length == 0 ? "♪" : initials;
    }

    /// <summary>A hue picked by a stable hash of the name, dark enough for white text (WCAG AA contrast).</summary>
    public static Rgb Background(string? name)
    {
        var hue = StableHash((name ?? "").Trim().ToLowerInvariant()) % 360;
        var colour = FromHsl(hue, 0.5, 0.42);
        while (Rgb.ContrastRatio(colour, Rgb.White) < 4.5) colour = colour.Mix(Rgb.Black, 0.08);
        return colour;
    }

    public static string Svg(string? name, int width, int height)
    {
        var fontSize = Math.Max(1, Math.Min(width, height) * 2 / 5);
        var label = SecurityElement.Escape(Printable(name ?? ""));
        var initials = SecurityElement.Escape(Initials(name));
        var fonts = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
        return FormattableString.Invariant(
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{label}">""") +
            FormattableString.Invariant($"""<rect width="{width}" height="{height}" fill="{Background(name).ToHex()}"/>""") +
            FormattableString.Invariant(
                $"""<text x="50%" y="50%" dy="0.35em" text-anchor="middle" fill="#ffffff" font-family="{fonts}" font-weight="600" font-size="{fontSize}">{initials}</text>""") +
            "</svg>";
    }

    private static string? FirstLetterOrDigit(string word)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (char.IsLetterOrDigit(element, 0)) return element;
        }
        return null;
    }

    // Control characters are not allowed in XML 1.0, and a tag value may carry any of them.
    private static string Printable(string text) => new(text.Where(c => !char.IsControl(c)).ToArray());

    // FNV-1a over UTF-8: string.GetHashCode is randomised per process, and the colour must not change on restart.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    private static Rgb FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1));
        var m = lightness - chroma / 2;
        var (r, g, b) = (int)(hue / 60) switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        return new Rgb(Channel(r + m), Channel(g + m), Channel(b + m));
    }

    private static byte Channel(double value) => (byte)Math.Round(Math.Clamp(value, 0, 1) * 255);
}
