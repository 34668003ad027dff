using System.Text.RegularExpressions;

namespace MediaSuite.Domain.Music;

/// <summary>
/// A playlist line read as a place: a web address (never a library file), an absolute path on this
/// server, or a path from elsewhere (another machine's drive, relative to the playlist's own folder)
/// reduced to its folder and file names, which the importer matches against the end of library paths.
/// </summary>
public sealed partial record PlaylistLocation(bool IsRemote, string? ServerPath, IReadOnlyList<string> Segments)
{
    public static PlaylistLocation Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var text = location.Trim();
        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) text = FromFileUri(text);
        else if (Scheme().IsMatch(text)) return new PlaylistLocation(true, null, []);

        text = text.Replace('\\', '/');
        var drive = Drive().IsMatch(text);
        var unixAbsolute = !drive && text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal);
        if (drive) text = text[2..];

        var segments = new List<string>();
        foreach (var part in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == ".." && segments.Count > 0 && segments[^1] != "..") segments.RemoveAt(segments.Count - 1);
            else segments.Add(part);
        }
        // "../Music/x.mp3" is relative to a folder we do not know: what follows the ".." is what can be matched.
        var leadingUp = segments.TakeWhile(s => s == "..").Count();
        segments.RemoveRange(0, leadingUp);
        var serverPath = unixAbsolute && leadingUp == 0 && segments.Count > 0 ? "/" + string.Join('/', segments) : null;
        return new PlaylistLocation(false, serverPath, segments);
    }

    private static string FromFileUri(string text)
    {
        var rest = text[5..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
            // file:///srv/x (empty host) or file://localhost/srv/x; file://C:/x on Windows-made lists.
            if (rest.StartsWith("localhost/", StringComparison.OrdinalIgnoreCase)) rest = rest["localhost".Length..];
            else if (!rest.StartsWith('/') && !Drive().IsMatch(rest)) rest = "//" + rest;
        }
        if (rest.Length > 2 && rest[0] == '/' && Drive().IsMatch(rest[1..])) rest = rest[1..];
        try
        {
            return Uri.UnescapeDataString(rest);
        }
        catch (UriFormatException)
        {
            return rest;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+://")]
    private static partial Regex Scheme();

    [GeneratedRegex("^[A-Za-z]:(/|$)")]
    private static partial Regex Drive();
}
