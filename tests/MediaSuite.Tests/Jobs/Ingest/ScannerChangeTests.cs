using MediaSuite.Domain.Library;
using MediaSuite.Tests.Support;

namespace MediaSuite.Tests.Jobs.Ingest;

/// <summary>Rescans: what changed is found, what did not is not read, identity survives moves, nothing is deleted while a drive is away.</summary>
public sealed class ScannerChangeTests
{
    private static async Task<ScannerHarness> LibraryWithTwoAlbumsAsync()
    {
        var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("A/One/01.mp3"), new() { ["title"] = "a1", ["artist"] = "A", ["album"] = "One" }, 300);
        await AudioFixtures.MakeAsync(h.PathOf("A/One/02.mp3"), new() { ["title"] = "a2", ["artist"] = "A", ["album"] = "One" }, 350);
        await AudioFixtures.MakeAsync(h.PathOf("B/Two/01.flac"), new() { ["title"] = "b1", ["artist"] = "B", ["album"] = "Two" }, 400);
        await h.ScanAsync();
        return h;
    }

    [Fact]
    public async Task Rescan_WithNothingChanged_SkipsEveryFolderAndChangesNothing()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var before = await h.FilesAsync();

        var stats = await h.ScanAsync();

        Assert.Equal(stats.Folders, stats.FoldersSkipped);
        Assert.Equal((0, 0, 0, 3), (stats.New, stats.Changed, stats.Removed, stats.Unchanged));
        Assert.Equal(before.Select(f => (f.Id, f.Path, f.UpdatedAt)), (await h.FilesAsync()).Select(f => (f.Id, f.Path, f.UpdatedAt)));
    }

    [Fact]
    public async Task ChangedFile_IsReadAgainAndKeepsItsId()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var id = (await h.FilesAsync()).Single(f => f.Path == "A/One/02.mp3").Id;
        await AudioFixtures.MakeAsync(h.PathOf("A/One/02.mp3"), new() { ["title"] = "a2 (remaster)", ["artist"] = "A", ["album"] = "One" }, 350, seconds: 2);

        var stats = await h.ScanAsync();

        Assert.Equal((0, 1), (stats.New, stats.Changed));
        Assert.Equal(1, stats.FoldersSkipped > 0 ? 1 : 0);
        var track = (await h.TracksAsync()).Single(t => t.Track.Id == id).Track;
        Assert.Equal("a2 (remaster)", track.Title);
        Assert.InRange(track.DurationMs!.Value, 1900, 2200);
    }

    [Fact]
    public async Task DeletedFile_IsMarkedMissing_ThenComesBackWithItsId()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var file = h.PathOf("B/Two/01.flac");
        var id = (await h.FilesAsync()).Single(f => f.Path == "B/Two/01.flac").Id;
        var parked = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".flac");
        File.Move(file, parked);

        var removed = await h.ScanAsync();
        var missing = (await h.FilesAsync()).Single(f => f.Id == id);

        Assert.Equal(1, removed.Removed);
        Assert.Equal(FileState.Missing, missing.State);
        Assert.NotNull(missing.MissingSince);
        Assert.Contains(await h.TracksAsync(), t => t.Track.Id == id); // its catalogue entry (and user data) waits

        File.Move(parked, file);
        var back = await h.ScanAsync();
        Assert.Equal(1, back.Revived);
        Assert.Equal(FileState.Present, (await h.FilesAsync()).Single(f => f.Id == id).State);
    }

    [Fact]
    public async Task MovedAndRenamedFiles_KeepTheirIdentity()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var ids = (await h.FilesAsync()).ToDictionary(f => f.Path, f => f.Id);
        Directory.CreateDirectory(h.PathOf("Elsewhere"));
        File.Move(h.PathOf("A/One/01.mp3"), h.PathOf("Elsewhere/renamed.mp3"));
        Directory.Move(h.PathOf("B/Two"), h.PathOf("B/Two (2019 remaster)"));

        var stats = await h.ScanAsync();

        Assert.Equal(2, stats.Moved);
        var files = await h.FilesAsync();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal(FileState.Present, f.State));
        Assert.Equal(ids["A/One/01.mp3"], files.Single(f => f.Path == "Elsewhere/renamed.mp3").Id);
        Assert.Equal(ids["B/Two/01.flac"], files.Single(f => f.Path == "B/Two (2019 remaster)/01.flac").Id);
        Assert.Equal(3, (await h.TracksAsync()).Count);
    }

    [Fact]
    public async Task MissingPastTheGracePeriod_IsPurgedWithEmptyAlbumsAndArtists()
    {
        await using var h = await ScannerHarness.StartAsync(configure: f => f.With("MediaSuite:Library:MissingGracePeriod", "00:00:00"));
        await AudioFixtures.MakeAsync(h.PathOf("C/Three/01.mp3"), new() { ["title"] = "c1", ["artist"] = "C", ["album"] = "Three" });
        await AudioFixtures.MakeAsync(h.PathOf("D/Four/01.mp3"), new() { ["title"] = "d1", ["artist"] = "D", ["album"] = "Four" }, 500);
        await h.ScanAsync();
        Directory.Delete(h.PathOf("C"), recursive: true);

        var stats = await h.ScanAsync();

        Assert.Equal(1, stats.Purged);
        Assert.Equal(["D/Four/01.mp3"], (await h.FilesAsync()).Select(f => f.Path));
        await using var db = await h.DbAsync();
        Assert.Equal(["Four"], db.Albums.Select(a => a.Title).ToList());
        Assert.DoesNotContain(db.Artists.Select(a => a.Name).ToList(), n => n == "C");
    }

    [Fact]
    public async Task VanishedRoot_IsOffline_AndNothingIsMarkedMissing()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var unmounted = h.Root + "-unmounted";
        Directory.Move(h.Root, unmounted);

        var stats = await h.ScanAsync();

        Assert.Contains("is not there", stats.Offline);
        Assert.All(await h.FilesAsync(), f => Assert.Equal(FileState.Present, f.State));
        Directory.Move(unmounted, h.Root);
        var back = await h.ScanAsync();
        Assert.Null(back.Offline);
        Assert.Equal(0, back.Removed);
    }

    [Fact]
    public async Task EmptiedRoot_LooksUnmounted_AndNothingIsMarkedMissing()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        var aside = h.Root + "-aside";
        Directory.Move(h.Root, aside);
        Directory.CreateDirectory(h.Root); // an empty mount point

        var stats = await h.ScanAsync();

        Assert.Contains("is empty but held 3 files", stats.Offline);
        Assert.All(await h.FilesAsync(), f => Assert.Equal(FileState.Present, f.State));
        Directory.Delete(h.Root);
        Directory.Move(aside, h.Root);
    }

    [Fact]
    public async Task TargetedScan_TouchesOnlyItsFolder()
    {
        await using var h = await LibraryWithTwoAlbumsAsync();
        await AudioFixtures.MakeAsync(h.PathOf("A/One/03.mp3"), new() { ["title"] = "a3", ["artist"] = "A", ["album"] = "One" }, 700);
        File.Delete(h.PathOf("B/Two/01.flac"));

        var stats = await h.ScanAsync("A/One");

        Assert.Equal((1, 0), (stats.New, stats.Removed));
        Assert.Equal(FileState.Present, (await h.FilesAsync()).Single(f => f.Path == "B/Two/01.flac").State); // outside the target: left alone
    }
}
