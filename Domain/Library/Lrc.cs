using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaSuite.Domain.Library;

/// <summary>LRC, the time-stamped lyrics format of .lrc files: "[mm:ss.xx]line".</summary>
public static partial class Lrc
{
    public static string? Format(IReadOnlyList<SyncedLyricLine> lines) =>
        lines.Count == 0 ? null : string.Join("\n", lines.Select(l => $"[{l.TimeMs / 60000:00}:{l.TimeMs / 1000 % 60:00}.{l.TimeMs % 1000 / 10:00}]{l.Text}"));

    /// <summary>The timed lines of an LRC text (metadata tags such as [ar:] are skipped; a line may carry several stamps).</summary>
    public static IReadOnlyList<SyncedLyricLine> Parse(string text)
    {
        var lines = new List<SyncedLyricLine>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var stamps = Stamp().Matches(line);
            if (stamps.Count == 0) continue;
            var lyric = line[(stamps[^1].Index + stamps[^1].Length)..].Trim();
            foreach (Match stamp in stamps)
            {
                var minutes = int.Parse(stamp.Groups[1].Value, CultureInfo.InvariantCulture);
                var seconds = double.Parse(stamp.Groups[2].Value, CultureInfo.InvariantCulture);
                lines.Add(new SyncedLyricLine((long)Math.Round((minutes * 60 + seconds) * 1000), lyric));
            }
        }
        return lines.OrderBy(l => l.TimeMs).ToList();
    }

    [GeneratedRegex(@"\[(\d{1,3}):(\d{1,2}(?:\.\d{1,3})?)\]")]
    private static partial Regex Stamp();
}
