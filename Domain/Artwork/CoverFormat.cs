using System.Globalization;

namespace MediaSuite.Domain.Artwork;

public enum CoverFormat
{
    Jpeg,
    WebP,
}

public static class CoverFormats
{
    public static string Extension(this CoverFormat format) => format == CoverFormat.WebP ? "webp" : "jpg";

    public static string ContentType(this CoverFormat format) => format == CoverFormat.WebP ? "image/webp" : "image/jpeg";

    /// <summary>
    /// WebP when the Accept header names image/webp with a non-zero quality, else JPEG. Wildcards
    /// (*/*, image/*) do not count: every browser that decodes WebP says so explicitly, and a
    /// client that merely accepts anything (curl, an old TV browser) is safest with JPEG.
    /// </summary>
    public static CoverFormat Negotiate(string? accept)
    {
        if (string.IsNullOrEmpty(accept)) return CoverFormat.Jpeg;
        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';');
            if (!parts[0].Trim().Equals("image/webp", StringComparison.OrdinalIgnoreCase)) continue;
            return Quality(parts.AsSpan(1)) > 0 ? CoverFormat.WebP : CoverFormat.Jpeg;
        }
        return CoverFormat.Jpeg;
    }

    private static double Quality(ReadOnlySpan<string> parameters)
    {
        foreach (var parameter in parameters)
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
                return double.TryParse(pair[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? q : 0;
        }
        return 1;
    }
}
