using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// Turns a track's tags into its album, artists and track row, creating albums and artists on first
/// sight; what it writes is also queued for the search index (<see cref="Search"/>).
/// </summary>
internal sealed class MusicWriter(ScanSession session)
{
    /// <summary>The index rows for what this writer wrote since the batch began; <see cref="CatalogWriter"/> writes them before it commits.</summary>
    public SearchIndexBatch Search { get; } = new();

    private const string InsertTrack =
        "INSERT INTO Tracks (Id, AlbumId, Title, ArtistText, TrackNumber, TrackTotal, DiscNumber, DiscTotal, Year, Date, OriginalDate, Genres, Composers, " +
        "MusicBrainzRecordingId, MusicBrainzTrackId, Isrc, Bpm, ReplayGainTrackGain, ReplayGainTrackPeak, ReplayGainAlbumGain, ReplayGainAlbumPeak, " +
        "Lyrics, SyncedLyrics, Comment, HasEmbeddedPicture, DurationMs, Bitrate, SampleRate, BitDepth, Channels, Codec, Lossless) VALUES " +
        "($id, $album, $title, $artists, $track, $trackTotal, $disc, $discTotal, $year, $date, $originalDate, $genres, $composers, " +
        "$mbRecording, $mbTrack, $isrc, $bpm, $rgTrack, $rgTrackPeak, $rgAlbum, $rgAlbumPeak, $lyrics, $synced, $comment, $picture, " +
        "$duration, $bitrate, $rate, $depth, $channels, $codec, $lossless)";

    public async Task WriteTrackAsync(long id, FileWrite write, AudioMetadata audio, FolderChange folder, DateTimeOffset now)
    {
        var (albumArtistName, albumArtistMbid) = MusicGrouping.AlbumArtistOf(audio.AlbumArtists, audio.MusicBrainzAlbumArtistIds, audio.Artists, audio.MusicBrainzArtistIds, audio.Compilation);
        var albumArtistKey = MusicGrouping.ArtistKey(albumArtistName, albumArtistMbid);
        var albumArtistId = await EnsureArtistAsync(albumArtistKey, albumArtistName, albumArtistMbid);
        var albumTitle = string.IsNullOrWhiteSpace(audio.Album) ? MusicGrouping.UnknownAlbum : audio.Album.Trim();
        var albumId = await EnsureAlbumAsync(MusicGrouping.AlbumKey(albumArtistKey, albumTitle, audio.MusicBrainzReleaseId), albumTitle, albumArtistId, audio, folder.CoverPath, now);

        var artists = audio.Artists.Count > 0 ? audio.Artists : [MusicGrouping.UnknownArtist];
        var title = string.IsNullOrWhiteSpace(audio.Title) ? Path.GetFileNameWithoutExtension(write.Name) : audio.Title.Trim();
        var artistText = string.Join(", ", artists);
        await session.ExecuteAsync(InsertTrack,
            ("$id", id), ("$album", albumId), ("$title", title), ("$artists", artistText), ("$track", audio.TrackNumber), ("$trackTotal", audio.TrackTotal),
            ("$disc", audio.DiscNumber ?? folder.DiscFromFolder), ("$discTotal", audio.DiscTotal), ("$year", audio.Year), ("$date", audio.Date),
            ("$originalDate", audio.OriginalDate), ("$genres", Join(audio.Genres)), ("$composers", Join(audio.Composers)),
            ("$mbRecording", audio.MusicBrainzRecordingId), ("$mbTrack", audio.MusicBrainzTrackId), ("$isrc", audio.Isrc), ("$bpm", audio.Bpm),
            ("$rgTrack", audio.ReplayGainTrackGain), ("$rgTrackPeak", audio.ReplayGainTrackPeak), ("$rgAlbum", audio.ReplayGainAlbumGain), ("$rgAlbumPeak", audio.ReplayGainAlbumPeak),
            ("$lyrics", audio.Lyrics), ("$synced", write.SyncedLyrics ?? Lrc.Format(audio.SyncedLyrics)), ("$comment", audio.Comment), ("$picture", audio.Picture is not null),
            ("$duration", audio.DurationMs), ("$bitrate", audio.Bitrate), ("$rate", audio.SampleRate), ("$depth", audio.BitDepth),
            ("$channels", audio.Channels), ("$codec", audio.Codec), ("$lossless", audio.Lossless));
        Search.AddTrack(id, title, artistText, albumId);

        for (var i = 0; i < artists.Count; i++)
        {
            var mbid = audio.MusicBrainzArtistIds.Count == artists.Count ? audio.MusicBrainzArtistIds[i] : null;
            var artistId = await EnsureArtistAsync(MusicGrouping.ArtistKey(artists[i], mbid), artists[i], mbid);
            await session.ExecuteAsync("INSERT OR IGNORE INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, 'Performer', $p)", ("$t", id), ("$a", artistId), ("$p", i));
        }
        await session.ExecuteAsync("INSERT OR IGNORE INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, 'AlbumArtist', 0)", ("$t", id), ("$a", albumArtistId));
        if (audio.Picture is not null && session.AlbumsWithEmbeddedCover.Add(albumId))
            await session.ExecuteAsync("UPDATE Albums SET CoverTrackId = $t WHERE Id = $a AND CoverTrackId IS NULL", ("$t", id), ("$a", albumId));
    }

    private async Task<long> EnsureArtistAsync(string key, string name, string? mbid)
    {
        if (session.ArtistIds.TryGetValue(key, out var id)) return id;
        id = await session.ScalarAsync("INSERT INTO Artists (Name, MusicBrainzId, Key) VALUES ($name, $mbid, $key) ON CONFLICT (Key) DO UPDATE SET Name = Name RETURNING Id",
            ("$name", name.Trim()), ("$mbid", mbid), ("$key", key));
        // Once per artist per scan, on its first track (later ones find it in the session's cache).
        Search.AddArtist(id);
        session.ArtistIds[key] = id;
        return id;
    }

    private async Task<long> EnsureAlbumAsync(string key, string title, long albumArtistId, AudioMetadata audio, string? coverPath, DateTimeOffset now)
    {
        if (!session.AlbumIds.TryGetValue(key, out var id))
        {
            id = await session.ScalarAsync(
                "INSERT INTO Albums (Title, AlbumArtistId, MusicBrainzReleaseId, MusicBrainzReleaseGroupId, Year, Date, Compilation, Key, CoverPath, AddedAt) " +
                "VALUES ($title, $artist, $mbRelease, $mbGroup, $year, $date, $compilation, $key, $cover, $now) ON CONFLICT (Key) DO UPDATE SET Title = Title RETURNING Id",
                ("$title", title), ("$artist", albumArtistId), ("$mbRelease", audio.MusicBrainzReleaseId), ("$mbGroup", audio.MusicBrainzReleaseGroupId),
                ("$year", audio.Year), ("$date", audio.Date), ("$compilation", audio.Compilation), ("$key", key), ("$cover", coverPath), ("$now", now.UtcTicks));
            Search.AddAlbum(id);
            session.AlbumIds[key] = id;
        }
        else if (coverPath is not null && session.AlbumsWithCoverFile.Add(id))
        {
            await session.ExecuteAsync("UPDATE Albums SET CoverPath = $cover WHERE Id = $id AND CoverPath IS NULL", ("$cover", coverPath), ("$id", id));
        }
        return id;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);
}
