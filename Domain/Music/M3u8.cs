using System.Globalization;
using System.Text;

namespace MediaSuite.Domain.Music;

/// <summary>One file line of a playlist, with the #EXTINF that preceded it (if any).</summary>
/// <param name="Line">1-based line number of the file line, for reports.</param>
/// <param name="Location">The line as written: a path (absolute or relative) or a URL.</param>
/// <param name="Display">The #EXTINF text after the comma, usually "Artist - Title".</param>
public sealed record M3u8Entry(int Line, string Location, int? DurationSeconds, string? Display);

/// <summary>A line that is not an entry but should have been one (an #EXTINF with no file after it).</summary>
public sealed record M3u8Problem(int Line, string Text, string Reason);

public sealed record M3u8Document(IReadOnlyList<M3u8Entry> Entries, IReadOnlyList<M3u8Problem> Problems);

/// <summary>What <see cref="M3u8.Write"/> puts in one entry.</summary>
public sealed record M3u8Item(string Path, string? Artist, string Title, long? DurationMs);

/// <summary>
/// Extended M3U in UTF-8 (.m3u8): "#EXTM3U", then per entry an optional "#EXTINF:&lt;seconds&gt;,&lt;artist&gt; - &lt;title&gt;"
/// and the file's location on its own line. Other "#" lines are directives or comments and carry no entry.
/// </summary>
public static class M3u8
{
    public const string Header = "#EXTM3U";
    public const string ContentType = "audio/x-mpegurl";

    /// <summary>Playlists are text; past this size an upload is something else.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private const string ExtInf = "#EXTINF:";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of an uploaded playlist; a byte-order mark is dropped. Throws <see cref="PlaylistException"/> for what is not UTF-8 text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes) throw new PlaylistException($"The file is {bytes.Length / 1024:N0} KiB; a playlist file can be at most {MaxBytes / 1024 / 1024} MiB.");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new PlaylistException("The file is UTF-16 text; M3U8 playlists are UTF-8. Save it as UTF-8 and import it again.");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new PlaylistException("The file is not UTF-8 text (an .m3u8 playlist is UTF-8). If it is an older .m3u, save it as UTF-8 and import it again.");
        }
        // Text files do not hold NUL or most other C0 controls; binary files almost always do.
        if (text.Any(c => c < ' ' && c is not ('\t' or '\r' or '\n')))
            throw new PlaylistException("The file is not a text playlist: it holds binary data.");
        return text;
    }

    public static M3u8Document Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<M3u8Entry>();
        var problems = new List<M3u8Problem>();
        (int Line, string Text, int? Seconds, string? Display)? info = null;
        var lineNumber = 0;
        foreach (var raw in Lines(text))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith(ExtInf, StringComparison.OrdinalIgnoreCase))
            {
                if (info is { } dangling) problems.Add(new M3u8Problem(dangling.Line, dangling.Text, "an #EXTINF line with no file after it"));
                var (seconds, display) = ParseExtInf(line[ExtInf.Length..]);
                info = (lineNumber, line, seconds, display);
                continue;
            }
            if (line.StartsWith('#')) continue;
            entries.Add(new M3u8Entry(lineNumber, line, info?.Seconds, info?.Display));
            info = null;
        }
        if (info is { } last) problems.Add(new M3u8Problem(last.Line, last.Text, "an #EXTINF line with no file after it"));
        return new M3u8Document(entries, problems);
    }

    public static string Write(IEnumerable<M3u8Item> items)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var item in items)
        {
            var seconds = item.DurationMs is > 0 ? (long)Math.Round(item.DurationMs.Value / 1000.0) : -1;
            var display = string.IsNullOrWhiteSpace(item.Artist) ? OneLine(item.Title) : $"{OneLine(item.Artist)} - {OneLine(item.Title)}";
            text.Append(ExtInf).Append(seconds.ToString(CultureInfo.InvariantCulture)).Append(',').Append(display).Append('\n');
            text.Append(OneLine(item.Path)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every way to read "Artist - Title" (an artist or title may itself hold " - "), first split first; the whole text as a title last.</summary>
    public static IEnumerable<(string? Artist, string Title)> ArtistTitleReadings(string display)
    {
        for (var at = display.IndexOf(" - ", StringComparison.Ordinal); at >= 0; at = display.IndexOf(" - ", at + 1, StringComparison.Ordinal))
        {
            var (artist, title) = (display[..at].Trim(), display[(at + 3)..].Trim());
            if (artist.Length > 0 && title.Length > 0) yield return (artist, title);
        }
        yield return (null, display.Trim());
    }

    private static (int? Seconds, string? Display) ParseExtInf(string rest)
    {
        var comma = rest.IndexOf(',');
        var head = comma < 0 ? rest : rest[..comma];
        // "#EXTINF:123 tvg-id=..." (IPTV attributes) keeps the duration first.
        var number = head.Split(' ', 2)[0];
        int? seconds = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value < int.MaxValue
            ? (int)Math.Round(value)
            : null;
        var display = comma < 0 ? null : rest[(comma + 1)..].Trim();
        return (seconds, string.IsNullOrEmpty(display) ? null : display);
    }

    private static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text); // \r\n, \n and a lone \r all end a line
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
