namespace MediaSuite.Infrastructure.Music;

/// <summary>A playlist in a list. Counts and duration are of the tracks the owner can play now; <see cref="CoverTrackId"/> is the first of them.</summary>
public sealed record PlaylistSummary(long Id, string Name, int TrackCount, long DurationMs, DateTimeOffset UpdatedAt, long? CoverTrackId);

/// <summary>One entry of a playlist page; <see cref="Position"/> is its place among all entries (the ones shown and any unavailable ones).</summary>
public sealed record PlaylistEntryItem(long EntryId, int Position, long TrackId, string Title, string ArtistText, long AlbumId, string AlbumTitle, long? DurationMs);

/// <param name="Entries">The entries whose tracks can be played now, in playlist order.</param>
/// <param name="UnavailableCount">Entries kept but not shown: their file is missing or their library disabled; they come back with it.</param>
public sealed record PlaylistDetails(long Id, string Name, IReadOnlyList<PlaylistEntryItem> Entries, int UnavailableCount, long DurationMs, DateTimeOffset UpdatedAt);

/// <summary>A line of an imported playlist that did not become an entry, and why.</summary>
public sealed record UnmatchedLine(int Line, string Text, string Reason);

/// <param name="PlaylistId">The playlist the entries went to; null when nothing matched and so nothing was created or changed.</param>
public sealed record PlaylistImportResult(long? PlaylistId, string PlaylistName, int EntryCount, int Matched, IReadOnlyList<UnmatchedLine> Unmatched);

/// <summary>A playlist written out as M3U8, ready to download.</summary>
public sealed record PlaylistExport(string FileName, string Text);
