using System.Globalization;
using System.Text;

namespace MediaSuite.Domain.Music;

/// <summary>
/// How tracks become albums and artists. Albums group by album artist + title (+ MusicBrainz
/// release id when tagged), so the CD1/CD2 folders of one release form one album and a compilation
/// sits under Various Artists. Artists group by name, kept apart when MusicBrainz ids differ.
/// </summary>
public static class MusicGrouping
{
    public const string VariousArtists = "Various Artists";
    public const string UnknownArtist = "Unknown Artist";
    public const string UnknownAlbum = "Unknown Album";

    public static string ArtistKey(string name, string? musicBrainzId) =>
        string.IsNullOrWhiteSpace(musicBrainzId) ? Fold(name) : $"{Fold(name)}|{musicBrainzId.Trim().ToLowerInvariant()}";

    public static string AlbumKey(string albumArtistKey, string title, string? musicBrainzReleaseId) =>
        string.IsNullOrWhiteSpace(musicBrainzReleaseId)
            ? $"{albumArtistKey}/{Fold(title)}"
            : $"{albumArtistKey}/{Fold(title)}|{musicBrainzReleaseId.Trim().ToLowerInvariant()}";

    /// <summary>
    /// The album artist a track files under: its album artist tag; Various Artists for a
    /// compilation without one; otherwise its first artist.
    /// </summary>
    public static (string Name, string? MusicBrainzId) AlbumArtistOf(IReadOnlyList<string> albumArtists, IReadOnlyList<string> albumArtistIds,
        IReadOnlyList<string> artists, IReadOnlyList<string> artistIds, bool compilation)
    {
        if (albumArtists.Count > 0) return (string.Join(", ", albumArtists), albumArtists.Count == 1 ? albumArtistIds.FirstOrDefault() : null);
        if (compilation) return (VariousArtists, null);
        if (artists.Count > 0) return (artists[0], artistIds.FirstOrDefault());
        return (UnknownArtist, null);
    }

    /// <summary>Case-, accent- and width-insensitive, whitespace-collapsed: "Beyoncé " and "beyonce" are one key.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>"CD1", "Disc 2", "disk_03" → the disc number a folder name implies, for tracks without a disc tag.</summary>
    public static int? DiscFromFolder(string folderName)
    {
        var name = Fold(folderName).Replace("_", " ").Replace("-", " ");
        foreach (var prefix in new[] { "cd", "disc", "disk", "vol", "volume" })
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = name[prefix.Length..].Trim();
            if (int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100) return n;
        }
        return null;
    }
}
