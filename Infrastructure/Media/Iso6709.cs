using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaSuite.Infrastructure.Media;

/// <summary>
/// ISO 6709 point strings as phones and cameras write them in MP4/MOV ("©xyz", Apple's
/// com.apple.quicktime.location.ISO6709): "+48.8583+002.2945+035.000/". Latitude and longitude may
/// also be written as degrees and minutes (±DDMM.M, ±DDDMM.M) or degrees, minutes and seconds.
/// </summary>
public static partial class Iso6709
{
    public static (double Latitude, double Longitude, double? Altitude)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Point().Match(text.Trim());
        if (!match.Success) return null;
        var latitude = Angle(match.Groups["lat"].Value, degreeDigits: 2);
        var longitude = Angle(match.Groups["lon"].Value, degreeDigits: 3);
        if (latitude is not { } lat || longitude is not { } lon || Math.Abs(lat) > 90 || Math.Abs(lon) > 180) return null;
        double? altitude = match.Groups["alt"].Success && double.TryParse(match.Groups["alt"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var alt)
            ? alt
            : null;
        return (lat, lon, altitude);
    }

    private static double? Angle(string signed, int degreeDigits)
    {
        var negative = signed[0] == '-';
        var body = signed[1..];
        var integerDigits = body.IndexOf('.') is var dot and >= 0 ? dot : body.Length;
        if (!double.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        double degrees;
        if (integerDigits <= degreeDigits) degrees = number;
        else if (integerDigits == degreeDigits + 2) degrees = Math.Floor(number / 100) + number % 100 / 60;
        else if (integerDigits == degreeDigits + 4) degrees = Math.Floor(number / 10000) + Math.Floor(number % 10000 / 100) / 60 + number % 100 / 3600;
        else return null;
        return negative ? -degrees : degrees;
    }

    [GeneratedRegex(@"^(?<lat>[+-]\d+(?:\.\d+)?)(?<lon>[+-]\d+(?:\.\d+)?)(?<alt>[+-]\d+(?:\.\d+)?)?(?:CRS[^/]*)?/?$")]
    private static partial Regex Point();
}
