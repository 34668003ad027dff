using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Search;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>The index follows the catalogue through rescans: retags, missing and purged files, moves, disabled and removed libraries.</summary>
public sealed class SearchIndexMaintenanceTests
{
    private static async Task<ScannerHarness> TwoAlbumsAsync(Action<MediaSuiteFactory>? configure = null)
    {
        var h = await ScannerHarness.StartAsync(configure: configure);
        await AudioFixtures.MakeAsync(h.PathOf("Aurora/Northern Lights/01.mp3"), SearchLibrary.Tags("Polar Night", "Aurora Band", "Northern Lights", "1"));
        await AudioFixtures.MakeAsync(h.PathOf("Cinema/Double Feature/01.mp3"), SearchLibrary.Tags("Opening Credits", "Cinema Club", "Double Feature", "1"), 600);
        await h.ScanAsync();
        return h;
    }

    private static async Task<IReadOnlyList<string>> FoundAsync(ScannerHarness h, string text) =>
        (await h.Factory.Services.GetRequiredService<SearchService>().SearchAsync(text, SearchDepth.Full)).Groups.SelectMany(g => g.Items).Select(i => i.Title).ToList();

    private static async Task AssertIndexMatchesAsync(ScannerHarness h)
    {
        await using var db = await h.DbAsync();
        await SearchIndexCheck.AssertMatchesCatalogueAsync(db);
    }

    [Fact]
    public async Task RetaggedTrack_IsFoundByItsNewTitle_NotItsOldOne()
    {
        await using var h = await TwoAlbumsAsync();
        Assert.Contains("Polar Night", await FoundAsync(h, "polar"));
        await AudioFixtures.MakeAsync(h.PathOf("Aurora/Northern Lights/01.mp3"), SearchLibrary.Tags("Midnight Sun", "Aurora Band", "Northern Lights", "1"), seconds: 2);

        await h.ScanAsync();

        Assert.Equal(["Midnight Sun"], await FoundAsync(h, "midnight"));
        Assert.Equal(["Midnight Sun"], await FoundAsync(h, "sun")); // a later word: found through the index, not the title order
        Assert.Empty(await FoundAsync(h, "polar"));
        Assert.Empty(await FoundAsync(h, "night"));
        await AssertIndexMatchesAsync(h);
    }

    [Fact]
    public async Task MissingFile_IsNotFound_UntilItComesBack()
    {
        await using var h = await TwoAlbumsAsync();
        var file = h.PathOf("Cinema/Double Feature/01.mp3");
        var parked = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".mp3");
        File.Move(file, parked);

        await h.ScanAsync();

        Assert.Empty(await FoundAsync(h, "opening"));
        Assert.Empty(await FoundAsync(h, "credits"));
        Assert.Empty(await FoundAsync(h, "cinema"));
        Assert.Empty(await FoundAsync(h, "double feat"));
        File.Move(parked, file);
        await h.ScanAsync();
        Assert.Equal(["Cinema Club", "Double Feature", "Opening Credits"], await FoundAsync(h, "cinema"));
    }

    [Fact]
    public async Task PurgedFile_LeavesTheIndexWithItsAlbumAndArtist()
    {
        await using var h = await TwoAlbumsAsync(f => f.With("MediaSuite:Library:MissingGracePeriod", "00:00:00"));
        Directory.Delete(h.PathOf("Cinema"), recursive: true);

        var stats = await h.ScanAsync();

        Assert.Equal(1, stats.Purged);
        Assert.Empty(await FoundAsync(h, "opening"));
        Assert.Empty(await FoundAsync(h, "credits"));
        await AssertIndexMatchesAsync(h);
        await using var db = await h.DbAsync();
        Assert.Single(await SearchIndexCheck.IdsAsync(db, "SELECT rowid FROM SearchTracks"));
    }

    [Fact]
    public async Task DisabledLibrary_IsNotFound_UntilEnabledAgain()
    {
        await using var h = await TwoAlbumsAsync();
        var store = h.Factory.Services.GetRequiredService<LibraryStore>();

        await store.UpdateAsync(h.Library.Id, h.Library.Name, h.Library.Kind, enabled: false);

        Assert.Empty(await FoundAsync(h, "polar"));
        Assert.Empty(await FoundAsync(h, "night"));
        Assert.Empty(await FoundAsync(h, "aurora"));
        Assert.Empty(await FoundAsync(h, "band"));
        Assert.Empty(await FoundAsync(h, "northern"));
        Assert.Empty(await FoundAsync(h, "lights"));
        await store.UpdateAsync(h.Library.Id, h.Library.Name, h.Library.Kind, enabled: true);
        Assert.Equal(["Aurora Band", "Northern Lights", "Polar Night"], await FoundAsync(h, "aurora"));
    }

    [Fact]
    public async Task MovedFile_IsFoundUnderItsOldId()
    {
        await using var h = await TwoAlbumsAsync();
        var id = (await h.FilesAsync()).Single(f => f.Path.StartsWith("Aurora", StringComparison.Ordinal)).Id;
        Directory.CreateDirectory(h.PathOf("Elsewhere"));
        File.Move(h.PathOf("Aurora/Northern Lights/01.mp3"), h.PathOf("Elsewhere/polar.mp3"));

        var stats = await h.ScanAsync();

        Assert.Equal(1, stats.Moved);
        var hit = (await h.Factory.Services.GetRequiredService<SearchService>().SearchAsync("polar night")).Groups.Single().Items.Single();
        Assert.Equal(id, hit.Id);
        await AssertIndexMatchesAsync(h);
    }

    [Fact]
    public async Task RemovedLibrary_EmptiesTheIndex()
    {
        await using var h = await TwoAlbumsAsync();

        await h.Factory.Services.GetRequiredService<LibraryStore>().RemoveAsync(h.Library.Id);

        Assert.Empty(await FoundAsync(h, "aurora"));
        await AssertIndexMatchesAsync(h);
    }

    [Fact]
    public async Task RebuildAsync_RefillsAnIndexThatLostItsRows()
    {
        await using var h = await TwoAlbumsAsync();
        await using (var db = await h.DbAsync())
            foreach (var table in new[] { "SearchArtists", "SearchAlbums", "SearchTracks" }) await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table}");
        Assert.Empty(await FoundAsync(h, "night")); // a word inside a title: only the index finds it

        await h.Factory.Services.GetRequiredService<SearchIndex>().RebuildAsync();

        Assert.Equal(["Polar Night"], await FoundAsync(h, "night"));
        await AssertIndexMatchesAsync(h);
    }
}
