namespace MediaSuite.Domain.Music;

/// <summary>A track's genres are stored as one text joined with "; " (as the scanner writes them); this reads them back.</summary>
public static class GenreText
{
    public const string Separator = "; ";

    /// <summary>The genre names, trimmed, without empty ones; the same name twice in any case counts once.</summary>
    public static IReadOnlyList<string> Split(string? genres) =>
        string.IsNullOrWhiteSpace(genres)
            ? []
            : genres.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static bool Contains(string? genres, string genre) => Split(genres).Contains(genre.Trim(), StringComparer.OrdinalIgnoreCase);
}
