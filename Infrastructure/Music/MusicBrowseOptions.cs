using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Music;

/// <summary>Section "MediaSuite:Music".</summary>
public sealed class MusicBrowseOptions
{
    public const string Section = "MediaSuite:Music";

    /// <summary>
    /// How many albums, artists or tracks one scroll step loads. Default 60: a few screens of cards, one query of a
    /// few milliseconds even on a large library.
    /// </summary>
    [Range(1, MusicQueries.MaxPageSize)]
    public int PageSize { get; set; } = 60;
}
