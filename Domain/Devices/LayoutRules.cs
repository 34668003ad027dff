namespace MediaSuite.Domain.Devices;

/// <summary>The layout a device asked for in Settings. It is kept per device, not per user: the same person uses a phone and a TV.</summary>
public enum LayoutPreference
{
    Automatic,
    Standard,
    Tv,
}

public sealed record LayoutDecision(bool UseTvLayout, bool SuggestTvLayout);

public static class LayoutRules
{
    public const string CookieName = "ms-layout";

    /// <summary>
    /// Fire TV browsers (Silk, Firefox for Fire TV, the WebView of apps) put the device model in the
    /// user agent, and every Fire TV model id starts with "AFT" (AFTB, AFTMM, AFTKA, AFTSSS ...).
    /// </summary>
    public static bool IsFireTv(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent)) return false;
        foreach (var token in userAgent.Split([' ', ';', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 4 && token.StartsWith("AFT", StringComparison.Ordinal) && char.IsAsciiLetterUpper(token[3]) && token.Skip(3).All(char.IsAsciiLetterOrDigit))
                return true;
        }
        return false;
    }

    public static LayoutPreference Parse(string? cookieValue) => cookieValue switch
    {
        "tv" => LayoutPreference.Tv,
        "standard" => LayoutPreference.Standard,
        _ => LayoutPreference.Automatic,
    };

    public static string ToCookieValue(LayoutPreference preference) => preference switch
    {
        LayoutPreference.Tv => "tv",
        LayoutPreference.Standard => "standard",
        _ => "auto",
    };

    public static LayoutDecision Decide(LayoutPreference preference, string? userAgent) => preference switch
    {
        LayoutPreference.Tv => new(true, false),
        LayoutPreference.Standard => new(false, false),
        _ => new(false, IsFireTv(userAgent)),
    };
}
