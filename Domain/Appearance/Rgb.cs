using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaSuite.Domain.Appearance;

/// <summary>An opaque sRGB colour, parsed from the forms a colour picker or a user types.</summary>
public readonly partial record struct Rgb(byte R, byte G, byte B)
{
    public static bool TryParse(string? text, out Rgb colour)
    {
        colour = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim();

        var hex = HexPattern().Match(value);
        if (hex.Success)
        {
            var digits = hex.Groups[1].Value;
            if (digits.Length == 3) digits = string.Concat(digits.Select(c => new string(c, 2)));
            var n = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            colour = new Rgb((byte)(n >> 16), (byte)(n >> 8), (byte)n);
            return true;
        }

        var fn = FunctionPattern().Match(value);
        if (!fn.Success) return false;
        if (!TryChannel(fn.Groups[1].Value, out var r) || !TryChannel(fn.Groups[2].Value, out var g) || !TryChannel(fn.Groups[3].Value, out var b))
            return false;
        colour = new Rgb(r, g, b);
        return true;
    }

    public static Rgb Parse(string text) =>
        TryParse(text, out var colour) ? colour : throw new FormatException($"'{text}' is not a colour (use #rrggbb or rgb(r, g, b)).");

    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>Linear interpolation towards <paramref name="other"/>; amount 0 keeps this colour, 1 gives the other.</summary>
    public Rgb Mix(Rgb other, double amount) => new(
        Lerp(R, other.R, amount), Lerp(G, other.G, amount), Lerp(B, other.B, amount));

    /// <summary>WCAG 2.x relative luminance.</summary>
    public double Luminance() => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    public static double ContrastRatio(Rgb a, Rgb b)
    {
        var (la, lb) = (a.Luminance(), b.Luminance());
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    public static Rgb White { get; } = new(255, 255, 255);
    public static Rgb Black { get; } = new(0, 0, 0);

    private static byte Lerp(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * Math.Clamp(amount, 0, 1));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static bool TryChannel(string text, out byte channel)
    {
        channel = 0;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n is < 0 or > 255) return false;
        channel = (byte)n;
        return true;
    }

    [GeneratedRegex("^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[0-9.]+\s*)?\)$")]
    private static partial Regex FunctionPattern();
}
