using System.Globalization;
using System.Text;

namespace MediaSuite.Domain.Artwork;

public static class CoverUrls
{
    public const string Prefix = "/api/covers";

    /// <summary>
    /// "/api/covers/album/12?v=3fa9c1d2e4b5&amp;w=300". The version changes whenever the cover's source
    /// does, so the response to this URL can be cached for a year.
    /// </summary>
    public static string Versioned(CoverKind kind, long id, string version, int? width = CoverSizes.Card, int? height = null, CoverMode mode = CoverMode.Fit)
    {
        var url = new StringBuilder(Prefix).Append('/').Append(kind.Slug()).Append('/').Append(id.ToString(CultureInfo.InvariantCulture));
        url.Append("?v=").Append(Uri.EscapeDataString(version));
        if (width is { } w) url.Append("&w=").Append(w.ToString(CultureInfo.InvariantCulture));
        if (height is { } h) url.Append("&h=").Append(h.ToString(CultureInfo.InvariantCulture));
        if (mode == CoverMode.Crop) url.Append("&mode=crop");
        return url.ToString();
    }
}
