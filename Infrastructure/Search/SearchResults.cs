namespace MediaSuite.Infrastructure.Search;

/// <summary>What a group holds. Music now; videos and photos add their kinds (and sources) later.</summary>
public enum SearchKind
{
    Artist,
    Album,
    Track,
}

/// <summary>How much each group returns: a few for the as-you-type list, more for the results page.</summary>
public enum SearchDepth
{
    Preview,
    Full,
}

/// <summary>
/// One result. <see cref="Subtitle"/> and <see cref="Detail"/> are what the kind shows under its title
/// (an album: its artist and year; a track: its artists and album); <see cref="ParentId"/> is what the
/// subtitle or detail links to (an album's artist, a track's album).
/// </summary>
public sealed record SearchHit(SearchKind Kind, long Id, string Title)
{
    public string? Subtitle { get; init; }
    public string? Detail { get; init; }
    public long? ParentId { get; init; }
    public string? ImageUrl { get; init; }
    public long? DurationMs { get; init; }
}

/// <summary>
/// One section of the results, best first. <see cref="Playable"/>: choosing an item plays it (with the
/// group's other items as what follows), rather than opening its page.
/// </summary>
public sealed record SearchGroup(SearchKind Kind, string Title, IReadOnlyList<SearchHit> Items, bool Playable);

/// <summary>The groups for one query, in display order; empty groups are left out. <see cref="Query"/> is null when nothing could be searched for.</summary>
public sealed record SearchResults(string? Query, IReadOnlyList<SearchGroup> Groups)
{
    public static readonly SearchResults None = new(null, []);

    public bool IsEmpty => Groups.Count == 0;
}
