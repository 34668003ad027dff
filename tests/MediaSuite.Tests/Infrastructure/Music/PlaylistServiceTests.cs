using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>Every playlist operation on a real database, ownership, order and bad input.</summary>
public sealed class PlaylistServiceTests(MusicFixture music) : IClassFixture<MusicFixture>
{
    private PlaylistService Playlists => music.Get<PlaylistService>();

    private async Task<(string User, long Playlist, TestAlbum Album)> PlaylistWithAlbumAsync(int tracks = 4)
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync($"Artist {music.Unique()}", "Album", Enumerable.Range(1, tracks).Select(i => $"T{i}").ToArray());
        var playlist = await Playlists.CreateAsync(user, "Mix");
        await Playlists.AddAlbumAsync(user, playlist.Id, album.Id);
        return (user, playlist.Id, album);
    }

    private async Task<List<long>> TracksOfAsync(string user, long playlist) =>
        (await Playlists.GetAsync(user, playlist))!.Entries.Select(e => e.TrackId).ToList();

    [Fact]
    public async Task CreateAsync_TrimsTheNameAndListsTheNewPlaylistFirst()
    {
        var user = await music.UserAsync();
        await Playlists.CreateAsync(user, "Older");
        music.Clock.Advance(TimeSpan.FromMinutes(1));

        var created = await Playlists.CreateAsync(user, "  Road trip\n ");

        Assert.Equal("Road trip", created.Name);
        Assert.Equal(["Road trip", "Older"], (await Playlists.ListAsync(user)).Select(p => p.Name));
    }

    [Theory]
    [InlineData(null, "A playlist needs a name.")]
    [InlineData("   ", "A playlist needs a name.")]
    [InlineData("\u0007bell", "A playlist name cannot contain control characters.")]
    public async Task CreateAsync_InvalidName_SaysWhyAndCreatesNothing(string? name, string message)
    {
        var user = await music.UserAsync();

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.CreateAsync(user, name));

        Assert.Equal(message, error.Message);
        Assert.Empty(await Playlists.ListAsync(user));
    }

    [Fact]
    public async Task CreateAsync_NameOf200CharactersIsAccepted_201IsNot()
    {
        var user = await music.UserAsync();

        await Playlists.CreateAsync(user, new string('a', 200));
        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.CreateAsync(user, new string('b', 201)));

        Assert.Equal("A playlist name can be at most 200 characters; this one has 201.", error.Message);
        Assert.Single(await Playlists.ListAsync(user));
    }

    [Fact]
    public async Task CreateAsync_SameNameInAnyCase_IsRefused_ButAnotherUserMayUseIt()
    {
        var (user, other) = (await music.UserAsync(), await music.UserAsync());
        await Playlists.CreateAsync(user, "Chill");

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.CreateAsync(user, "CHILL"));
        await Playlists.CreateAsync(other, "Chill");

        Assert.Equal("You already have a playlist called \u201cCHILL\u201d.", error.Message);
    }

    [Fact]
    public async Task RenameAsync_ChangesTheName_AndRefusesAnEmptyOne()
    {
        var user = await music.UserAsync();
        var playlist = await Playlists.CreateAsync(user, "Old");

        await Playlists.RenameAsync(user, playlist.Id, "New");
        await Assert.ThrowsAsync<PlaylistException>(() => Playlists.RenameAsync(user, playlist.Id, ""));

        Assert.Equal("New", (await Playlists.GetAsync(user, playlist.Id))!.Name);
    }

    [Fact]
    public async Task RenameAsync_ToItsOwnNameInAnotherCase_IsAllowed()
    {
        var user = await music.UserAsync();
        var playlist = await Playlists.CreateAsync(user, "jazz");

        await Playlists.RenameAsync(user, playlist.Id, "Jazz");

        Assert.Equal("Jazz", (await Playlists.GetAsync(user, playlist.Id))!.Name);
    }

    [Fact]
    public async Task DeleteAsync_RemovesThePlaylistAndItsEntries()
    {
        var (user, playlist, _) = await PlaylistWithAlbumAsync();

        await Playlists.DeleteAsync(user, playlist);

        Assert.Null(await Playlists.GetAsync(user, playlist));
        await using var db = await music.DbAsync();
        Assert.False(await db.PlaylistEntries.AnyAsync(e => e.PlaylistId == playlist));
    }

    [Fact]
    public async Task AnotherUsersPlaylist_IsNotFound_ForReadingAndEveryChange()
    {
        var (owner, playlist, album) = await PlaylistWithAlbumAsync();
        var stranger = await music.UserAsync();
        var entry = (await Playlists.GetAsync(owner, playlist))!.Entries[0].EntryId;

        Assert.Null(await Playlists.GetAsync(stranger, playlist));
        Assert.Null(await Playlists.ContextAsync(stranger, playlist));
        Assert.Null(await Playlists.ExportAsync(stranger, playlist));
        Assert.Empty(await Playlists.ListAsync(stranger));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.RenameAsync(stranger, playlist, "Mine"));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.AddTracksAsync(stranger, playlist, [album.TrackIds[0]]));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.AddAlbumAsync(stranger, playlist, album.Id));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.MoveEntryAsync(stranger, playlist, entry, 2));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.RemoveEntryAsync(stranger, playlist, entry));
        await Assert.ThrowsAsync<PlaylistNotFoundException>(() => Playlists.DeleteAsync(stranger, playlist));

        var intact = (await Playlists.GetAsync(owner, playlist))!;
        Assert.Equal("Mix", intact.Name);
        Assert.Equal(album.TrackIds, intact.Entries.Select(e => e.TrackId));
    }

    [Fact]
    public async Task AddAlbumAsync_KeepsDiscThenTrackOrder_AndAppendsAfterWhatIsThere()
    {
        var user = await music.UserAsync();
        var single = await music.AlbumAsync("Solo", "Single", ["Only"]);
        var twoDiscs = await music.AlbumAsync("Band", "Double", ["A1", "A2", "B1", "B2"], discs: [2, 2]);
        var playlist = await Playlists.CreateAsync(user, "Order");

        await Playlists.AddTracksAsync(user, playlist.Id, [single.TrackIds[0]]);
        var added = await Playlists.AddAlbumAsync(user, playlist.Id, twoDiscs.Id);

        var details = (await Playlists.GetAsync(user, playlist.Id))!;
        Assert.Equal(4, added);
        Assert.Equal(["Only", "A1", "A2", "B1", "B2"], details.Entries.Select(e => e.Title));
        Assert.Equal([0, 1, 2, 3, 4], details.Entries.Select(e => e.Position));
    }

    [Fact]
    public async Task AddTracksAsync_KeepsTheGivenOrderAndAllowsATrackTwice()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Dup", "Twice", ["X", "Y"]);
        var playlist = await Playlists.CreateAsync(user, "Twice");

        await Playlists.AddTracksAsync(user, playlist.Id, [album.TrackIds[1], album.TrackIds[0], album.TrackIds[1]]);

        Assert.Equal(["Y", "X", "Y"], (await Playlists.GetAsync(user, playlist.Id))!.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task AddTracksAsync_AnUnknownTrack_AddsNothingAndSaysSo()
    {
        var (user, playlist, album) = await PlaylistWithAlbumAsync(2);

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.AddTracksAsync(user, playlist, [album.TrackIds[0], 999_999]));

        Assert.Equal("1 of the tracks are not in the library any more; nothing was added.", error.Message);
        Assert.Equal(2, (await Playlists.GetAsync(user, playlist))!.Entries.Count);
    }

    [Fact]
    public async Task AddAlbumAsync_AnAlbumWithNothingVisible_IsRefused()
    {
        var user = await music.UserAsync();
        var hidden = await music.AlbumAsync("Ghost", "Gone", ["Away"], missing: true);
        var playlist = await Playlists.CreateAsync(user, "Empty");

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.AddAlbumAsync(user, playlist.Id, hidden.Id));

        Assert.Equal("That album has no tracks in the library.", error.Message);
    }

    [Theory]
    [InlineData(0, 2, new[] { "T2", "T3", "T1", "T4" })]
    [InlineData(3, 0, new[] { "T4", "T1", "T2", "T3" })]
    [InlineData(1, 1, new[] { "T1", "T2", "T3", "T4" })]
    [InlineData(0, 99, new[] { "T2", "T3", "T4", "T1" })]
    [InlineData(2, -5, new[] { "T3", "T1", "T2", "T4" })]
    public async Task MoveEntryAsync_TakesTheTargetPlace_ClampedToTheList(int from, int to, string[] expected)
    {
        var (user, playlist, _) = await PlaylistWithAlbumAsync();
        var entry = (await Playlists.GetAsync(user, playlist))!.Entries[from].EntryId;

        await Playlists.MoveEntryAsync(user, playlist, entry, to);

        var details = (await Playlists.GetAsync(user, playlist))!;
        Assert.Equal(expected, details.Entries.Select(e => e.Title));
        Assert.Equal([0, 1, 2, 3], details.Entries.Select(e => e.Position));
    }

    [Fact]
    public async Task MoveEntryAsync_AnEntryOfAnotherPlaylist_IsRefused()
    {
        var (user, first, _) = await PlaylistWithAlbumAsync(2);
        var second = await Playlists.CreateAsync(user, "Second");
        var foreign = (await Playlists.GetAsync(user, first))!.Entries[0].EntryId;

        var error = await Assert.ThrowsAsync<PlaylistException>(() => Playlists.MoveEntryAsync(user, second.Id, foreign, 0));

        Assert.Equal("That entry is no longer in the playlist; reload the page.", error.Message);
    }

    [Fact]
    public async Task RemoveEntryAsync_RemovesThatOneEntry_AndClosesTheGap()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Rem", "Gap", ["A", "B"]);
        var playlist = await Playlists.CreateAsync(user, "Gap");
        await Playlists.AddTracksAsync(user, playlist.Id, [album.TrackIds[0], album.TrackIds[1], album.TrackIds[0]]);
        var entries = (await Playlists.GetAsync(user, playlist.Id))!.Entries;

        await Playlists.RemoveEntryAsync(user, playlist.Id, entries[0].EntryId);

        var after = (await Playlists.GetAsync(user, playlist.Id))!.Entries;
        Assert.Equal([(entries[1].EntryId, 0), (entries[2].EntryId, 1)], after.Select(e => (e.EntryId, e.Position)));
    }

    [Fact]
    public async Task HiddenTracks_AreKeptButNotShownOrPlayed_AndComeBack()
    {
        var (user, playlist, album) = await PlaylistWithAlbumAsync(3);
        await music.SetFileStateAsync(album.TrackIds[1], FileState.Missing);

        var details = (await Playlists.GetAsync(user, playlist))!;
        var context = (await Playlists.ContextAsync(user, playlist))!;
        var summary = (await Playlists.ListAsync(user)).Single();

        Assert.Equal(["T1", "T3"], details.Entries.Select(e => e.Title));
        Assert.Equal(1, details.UnavailableCount);
        Assert.Equal([album.TrackIds[0], album.TrackIds[2]], context.TrackIds.ToArray());
        Assert.Equal((2, album.TrackIds[0]), (summary.TrackCount, summary.CoverTrackId));

        await music.SetFileStateAsync(album.TrackIds[1], FileState.Present);
        Assert.Equal(album.TrackIds, await TracksOfAsync(user, playlist));
    }

    [Fact]
    public async Task ContextAsync_IsAPlaylistContextNamedAfterIt()
    {
        var (user, playlist, album) = await PlaylistWithAlbumAsync(2);

        var context = (await Playlists.ContextAsync(user, playlist))!;

        Assert.Equal((ContextKind.Playlist, playlist.ToString(), "Mix"), (context.Kind, context.Id, context.Name));
        Assert.Equal(album.TrackIds, context.TrackIds.ToArray());
    }

    [Fact]
    public async Task ListAsync_CountsTracksAndDuration()
    {
        var (user, _, _) = await PlaylistWithAlbumAsync(3);

        var summary = (await Playlists.ListAsync(user)).Single();

        Assert.Equal((3, 600_000L), (summary.TrackCount, summary.DurationMs));
    }
}
