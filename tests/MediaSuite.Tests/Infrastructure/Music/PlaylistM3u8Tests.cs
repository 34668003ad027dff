using System.Text;
using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>M3U8 export and import against a real database: round trips, path forms, fallbacks and what cannot be matched.</summary>
public sealed class PlaylistM3u8Tests(MusicFixture music) : IClassFixture<MusicFixture>
{
    private PlaylistService Playlists => music.Get<PlaylistService>();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<TestAlbum> AlbumAsync(params string[] titles) =>
        await music.AlbumAsync($"Band {music.Unique()}", $"Record {music.Unique()}", titles);

    private async Task<IReadOnlyList<long>> EntriesAsync(string user, long playlistId) =>
        (await Playlists.GetAsync(user, playlistId))!.Entries.Select(e => e.TrackId).ToList();

    [Fact]
    public async Task ExportAsync_WritesExtInfAndAbsoluteServerPathsInPlaylistOrder()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Beyoncé Quartet", $"Harbour {music.Unique()}", ["Low Tide", "Lighthouse"], durationMs: 61_400);
        var playlist = await Playlists.CreateAsync(user, "Été: best/of?");
        await Playlists.AddTracksAsync(user, playlist.Id, [album.TrackIds[1], album.TrackIds[0]]);

        var export = (await Playlists.ExportAsync(user, playlist.Id))!;

        Assert.Equal("Été_ best_of_.m3u8", export.FileName);
        Assert.Equal(
            "#EXTM3U\n" +
            $"#EXTINF:61,Beyoncé Quartet - Lighthouse\n{music.LibraryRoot}/{album.Paths[1]}\n" +
            $"#EXTINF:61,Beyoncé Quartet - Low Tide\n{music.LibraryRoot}/{album.Paths[0]}\n",
            export.Text);
    }

    [Fact]
    public async Task ExportThenImport_RecreatesTheSameOrder_DuplicatesIncluded()
    {
        var user = await music.UserAsync();
        var first = await AlbumAsync("A", "B", "C");
        var second = await AlbumAsync("D", "E");
        var playlist = await Playlists.CreateAsync(user, "Round trip");
        long[] order = [second.TrackIds[1], first.TrackIds[2], first.TrackIds[0], second.TrackIds[1], first.TrackIds[1]];
        await Playlists.AddTracksAsync(user, playlist.Id, order);
        var export = (await Playlists.ExportAsync(user, playlist.Id))!;

        var imported = await Playlists.ImportAsync(user, export.FileName, Utf8(export.Text));

        Assert.Equal(("Round trip (2)", 5, 5), (imported.PlaylistName, imported.EntryCount, imported.Matched));
        Assert.Empty(imported.Unmatched);
        Assert.Equal(order, await EntriesAsync(user, imported.PlaylistId!.Value));
    }

    [Fact]
    public async Task ImportAsync_UnmatchedLinesAreReportedWithTheirLineNumbers_TheRestImportedInOrder()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("One", "Two");
        var text = string.Join('\n',
            "#EXTM3U",
            $"{music.LibraryRoot}/{album.Paths[1]}",
            "#EXTINF:100,Nobody - Nothing",
            "/elsewhere/not/here.mp3",
            "https://radio.example/live",
            $"{music.LibraryRoot}/{album.Paths[0]}",
            "#EXTINF:5,Dangling");

        var result = await Playlists.ImportAsync(user, "mixed.m3u8", Utf8(text));

        Assert.Equal((4, 2), (result.EntryCount, result.Matched));
        Assert.Equal([album.TrackIds[1], album.TrackIds[0]], await EntriesAsync(user, result.PlaylistId!.Value));
        Assert.Equal(
            [
                new UnmatchedLine(4, "/elsewhere/not/here.mp3", "no track in the library at this path, and no track called \u201cNobody - Nothing\u201d"),
                new UnmatchedLine(5, "https://radio.example/live", "a web address, not a file in the library"),
                new UnmatchedLine(7, "#EXTINF:5,Dangling", "an #EXTINF line with no file after it"),
            ],
            result.Unmatched);
    }

    [Fact]
    public async Task ImportAsync_RelativeAndForeignPaths_MatchByTheirTail()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("First", "Second", "Third", "Fourth");
        var text = string.Join("\n",
            album.Paths[0],                                             // relative to the library root
            "../" + album.Paths[1],                                     // relative to a playlist folder beside the artists
            @"C:\Users\me\Music\" + album.Paths[2].Replace('/', '\\'),  // another machine's drive
            "/mnt/nas/music/" + album.Paths[3].ToUpperInvariant());     // another mount point, another case

        var result = await Playlists.ImportAsync(user, "relative.m3u8", Utf8(text));

        Assert.Empty(result.Unmatched);
        Assert.Equal(album.TrackIds, await EntriesAsync(user, result.PlaylistId!.Value));
    }

    [Fact]
    public async Task ImportAsync_BomAndCrLf_AreRead()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("Crlf one", "Crlf two");
        var text = $"#EXTM3U\r\n#EXTINF:200,x - y\r\n{album.Paths[0]}\r\n\r\n{album.Paths[1]}\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8(text)).ToArray();

        var result = await Playlists.ImportAsync(user, "windows.m3u8", bytes);

        Assert.Empty(result.Unmatched);
        Assert.Equal(album.TrackIds, await EntriesAsync(user, result.PlaylistId!.Value));
    }

    [Fact]
    public async Task ImportAsync_UnknownPath_FallsBackToExtInfArtistAndTitle_NearestDuration()
    {
        var user = await music.UserAsync();
        var shortTake = await music.AlbumAsync("Fallback Artist", $"Live {music.Unique()}", ["Same Song"], durationMs: 180_000);
        var longTake = await music.AlbumAsync("Fallback Artist", $"Studio {music.Unique()}", ["Same Song"], durationMs: 300_000);
        var text = "#EXTM3U\n#EXTINF:298,fallback artist - same song\n/old/disk/gone.mp3\n#EXTINF:181,Fallback Artist - Same Song\nhttp://old.server/1";

        var result = await Playlists.ImportAsync(user, "fallback.m3u8", Utf8(text));

        Assert.Empty(result.Unmatched);
        Assert.Equal([longTake.TrackIds[0], shortTake.TrackIds[0]], await EntriesAsync(user, result.PlaylistId!.Value));
    }

    [Fact]
    public async Task ImportAsync_AFileNameSharedByManyTracks_IsNotGuessed()
    {
        var user = await music.UserAsync();
        await AlbumAsync("x");
        await AlbumAsync("y");

        var result = await Playlists.ImportAsync(user, "ambiguous.m3u8", Utf8("1-01.mp3"));

        Assert.Null(result.PlaylistId);
        Assert.Equal("several tracks in the library end with this path", result.Unmatched.Single().Reason);
    }

    [Fact]
    public async Task ImportAsync_NothingMatches_CreatesNothingAndListsEveryLine()
    {
        var user = await music.UserAsync();

        var result = await Playlists.ImportAsync(user, "strangers.m3u8", Utf8("#EXTM3U\n/a/b.mp3\n/c/d.mp3\n"));

        Assert.Equal(((long?)null, 2, 0), (result.PlaylistId, result.EntryCount, result.Matched));
        Assert.Equal([2, 3], result.Unmatched.Select(u => u.Line));
        Assert.Empty(await Playlists.ListAsync(user));
    }

    [Fact]
    public async Task ImportAsync_TracksOfADisabledLibraryOrMissingFiles_AreNotMatched()
    {
        var user = await music.UserAsync();
        var hiddenLibrary = await music.LibraryAsync(enabled: false);
        var hidden = await music.AlbumAsync("Hidden", $"Off {music.Unique()}", ["Secret"], libraryId: hiddenLibrary);
        var missing = await music.AlbumAsync("Missing", $"Gone {music.Unique()}", ["Lost"], missing: true);

        var result = await Playlists.ImportAsync(user, "hidden.m3u8", Utf8($"{hidden.Paths[0]}\n#EXTINF:1,Missing - Lost\n{missing.Paths[0]}"));

        Assert.Null(result.PlaylistId);
        Assert.Equal(2, result.Unmatched.Count);
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x45, 0x58, 0x54, 0x4D, 0x33, 0x55, 0x0A, 0xC9, 0x74, 0xE9, 0x2E, 0x6D, 0x70, 0x33 }, "not UTF-8 text")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0x7F }, "not")]
    [InlineData(new byte[] { 0x23, 0x45, 0x58, 0x54, 0x4D, 0x33, 0x55, 0x0A }, "lists no tracks")]
    public async Task ImportAsync_NotAPlaylist_IsAClearErrorAndCreatesNothing(byte[] content, string expected)
    {
        var user = await music.UserAsync();

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.ImportAsync(user, "bad.m3u8", content));

        Assert.Contains(expected, error.Message);
        Assert.Empty(await Playlists.ListAsync(user));
    }

    [Fact]
    public async Task ImportAsync_IntoAnExistingPlaylist_AppendsAfterItsEntries()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("Keep", "Append");
        var playlist = await Playlists.CreateAsync(user, "Existing");
        await Playlists.AddTracksAsync(user, playlist.Id, [album.TrackIds[0]]);

        var result = await Playlists.ImportAsync(user, "more.m3u8", Utf8(album.Paths[1]), playlist.Id);

        Assert.Equal((playlist.Id, "Existing"), (result.PlaylistId!.Value, result.PlaylistName));
        Assert.Equal(album.TrackIds, await EntriesAsync(user, playlist.Id));
        Assert.Single(await Playlists.ListAsync(user));
    }

    [Fact]
    public async Task ImportAsync_IntoAnotherUsersPlaylist_IsNotFound()
    {
        var (owner, stranger) = (await music.UserAsync(), await music.UserAsync());
        var album = await AlbumAsync("Theirs");
        var playlist = await Playlists.CreateAsync(owner, "Theirs");

        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.ImportAsync(stranger, "x.m3u8", Utf8(album.Paths[0]), playlist.Id));

        Assert.Empty((await Playlists.GetAsync(owner, playlist.Id))!.Entries);
    }

    [Fact]
    public async Task ExportAsync_LeavesOutTracksThatCannotBePlayed()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("Here", "Not here");
        var playlist = await Playlists.CreateAsync(user, "Partial");
        await Playlists.AddAlbumAsync(user, playlist.Id, album.Id);
        await music.SetFileStateAsync(album.TrackIds[1], FileState.Missing);

        var export = (await Playlists.ExportAsync(user, playlist.Id))!;

        Assert.Contains(album.Paths[0], export.Text);
        Assert.DoesNotContain(album.Paths[1], export.Text);
    }
}
