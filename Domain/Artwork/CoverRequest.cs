using System.Globalization;

namespace MediaSuite.Domain.Artwork;

public enum CoverMode
{
    /// <summary>Scale to fit inside the box; the aspect ratio is kept, so one side may be shorter.</summary>
    Fit,

    /// <summary>Scale to fill the box, then cut the overflow around the centre: exactly the size asked for.</summary>
    Crop,
}

/// <summary>The box a resizer works to. A dimension the client left out is the maximum, so the other one decides.</summary>
public readonly record struct CoverBox(int Width, int Height, bool Crop, bool DownOnly);

/// <summary>
/// The size a client asked for. One dimension: the other follows the aspect ratio. Both: fit
/// inside (or fill and crop). Neither: the original size, capped at the maximum.
/// </summary>
public sealed record CoverRequest(int? Width, int? Height, CoverMode Mode)
{
    public static CoverRequest Original { get; } = new(null, null, CoverMode.Fit);

    /// <summary>Reads the w, h and mode query values; on bad input returns null with a sentence for the client.</summary>
    public static CoverRequest? TryParse(string? width, string? height, string? mode, int maxDimension, out string? problem)
    {
        if (!TryDimension("w", width, maxDimension, out var w, out problem)
            || !TryDimension("h", height, maxDimension, out var h, out problem)
            || !TryMode(mode, out var m, out problem))
            return null;
        if (m == CoverMode.Crop && (w is null || h is null))
        {
            problem = "mode=crop needs both w and h: it cuts the image to exactly that size.";
            return null;
        }
        return new CoverRequest(w, h, m);
    }

    public CoverBox BoxWithin(int maxDimension) =>
        Width is null && Height is null
            ? new CoverBox(maxDimension, maxDimension, Crop: false, DownOnly: true)
            : new CoverBox(Width ?? maxDimension, Height ?? maxDimension, Mode == CoverMode.Crop, DownOnly: false);

    /// <summary>The cache file name of this size of one source: "3fa9c1d2e4b5-300x0-fit.webp" (0 = follows the other side).</summary>
    public string VariantName(string sourceHash, CoverFormat format) => $"{VariantStem(sourceHash)}.{format.Extension()}";

    public string VariantStem(string sourceHash) =>
        string.Create(CultureInfo.InvariantCulture, $"{sourceHash}-{Width ?? 0}x{Height ?? 0}-{(Mode == CoverMode.Crop ? "crop" : "fit")}");

    /// <summary>A generated placeholder is square unless both sides were given; "original" is a card.</summary>
    public (int Width, int Height) PlaceholderSize() =>
        (Width, Height) switch
        {
            ({ } w, { } h) => (w, h),
            ({ } w, null) => (w, w),
            (null, { } h) => (h, h),
            _ => (CoverSizes.Card, CoverSizes.Card),
        };

    private static bool TryDimension(string name, string? text, int max, out int? value, out string? problem)
    {
        value = null;
        problem = null;
        if (text is null) return true;
        var trimmed = text.Trim();
        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            // Digits that overflow a long are simply too large; anything else is not a number.
            problem = trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit)
                ? $"{name} may be at most {max} pixels."
                : $"{name} must be a whole number of pixels, not '{Shorten(text)}'.";
            return false;
        }
        if (number < 1) problem = $"{name} must be at least 1 pixel (leave it out to follow the other side).";
        else if (number > max) problem = $"{name} may be at most {max} pixels.";
        else value = (int)number;
        return problem is null;
    }

    private static bool TryMode(string? text, out CoverMode mode, out string? problem)
    {
        mode = CoverMode.Fit;
        problem = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals("fit", StringComparison.OrdinalIgnoreCase)) return true;
        if (value.Equals("crop", StringComparison.OrdinalIgnoreCase))
        {
            mode = CoverMode.Crop;
            return true;
        }
        problem = $"mode must be 'fit' or 'crop', not '{Shorten(text!)}'.";
        return false;
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
