using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>The search service over real files scanned by the real scanner.</summary>
public sealed class SearchServiceTests(SearchLibrary library) : IClassFixture<SearchLibrary>
{
    private static IReadOnlyList<string> Titles(SearchResults results, SearchKind kind) =>
        results.Groups.SingleOrDefault(g => g.Kind == kind)?.Items.Select(i => i.Title).ToList() ?? [];

    [Fact]
    public async Task SearchAsync_Prefix_FindsTheAlbumItsArtistAndTracks()
    {
        var results = await library.Search.SearchAsync("nor");

        Assert.Equal("nor", results.Query);
        Assert.Contains("Northern Lights", Titles(results, SearchKind.Album));
        Assert.Contains("Northern Star", Titles(results, SearchKind.Track));
        var album = results.Groups.Single(g => g.Kind == SearchKind.Album).Items.Single(i => i.Title == "Northern Lights");
        Assert.Equal("Aurora Band", album.Subtitle);
        Assert.StartsWith("/api/covers/album/" + album.Id, album.ImageUrl);
    }

    [Theory]
    [InlineData("beyonce")]
    [InlineData("Beyoncé")]
    [InlineData("BEYONCE QUAR")]
    public async Task SearchAsync_WithOrWithoutTheAccent_FindsTheArtist(string typed)
    {
        var results = await library.Search.SearchAsync(typed);

        Assert.Equal(["Beyoncé Quartet"], Titles(results, SearchKind.Artist));
        Assert.Contains("Harbour Songs", Titles(results, SearchKind.Album));
    }

    [Fact]
    public async Task SearchAsync_Groups_ComeInOrderAndEmptyOnesAreLeftOut()
    {
        var results = await library.Search.SearchAsync("aurora");

        Assert.Equal([SearchKind.Artist, SearchKind.Album, SearchKind.Track], results.Groups.Select(g => g.Kind));
        Assert.Equal(["Artists", "Albums", "Tracks"], results.Groups.Select(g => g.Title));
        Assert.Equal([false, false, true], results.Groups.Select(g => g.Playable));
        Assert.Equal(["Polar Night", "Green Veil"], Titles(results, SearchKind.Track).Order().Reverse());

        var tracksOnly = await library.Search.SearchAsync("polar");
        Assert.Equal([SearchKind.Track], tracksOnly.Groups.Select(g => g.Kind));
    }

    [Fact]
    public async Task SearchAsync_ExactNameFirst_ThenNamesStartingWithIt_ThenTheRest()
    {
        var results = await library.Search.SearchAsync("nor");

        var tracks = Titles(results, SearchKind.Track);
        Assert.Equal("Nor", tracks[0]);
        Assert.True(tracks.ToList().IndexOf("Northern Star") < tracks.ToList().IndexOf("Lights of the North"), string.Join(", ", tracks));
    }

    [Fact]
    public async Task SearchAsync_TrackHit_CarriesItsArtistsAlbumAndDuration()
    {
        var results = await library.Search.SearchAsync("polar night");

        var track = Assert.Single(results.Groups.Single(g => g.Kind == SearchKind.Track).Items);
        Assert.Equal(("Polar Night", "Aurora Band", "Northern Lights"), (track.Title, track.Subtitle, track.Detail));
        Assert.NotNull(track.ParentId);
        Assert.InRange(track.DurationMs!.Value, 900, 1200);
    }

    [Fact]
    public async Task SearchAsync_MatchesAcrossFields_TrackByItsAlbumTitle()
    {
        var results = await library.Search.SearchAsync("harbour");

        Assert.Equal(["Low Tide"], Titles(results, SearchKind.Track));
    }

    [Fact]
    public async Task SearchAsync_Preview_ShowsTenTracks_TheResultsPageAll()
    {
        var preview = await library.Search.SearchAsync("many singers");
        var full = await library.Search.SearchAsync("many singers", SearchDepth.Full);

        Assert.Equal(10, Titles(preview, SearchKind.Track).Count);
        Assert.Equal(12, Titles(full, SearchKind.Track).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** --")]
    public async Task SearchAsync_NothingToSearchFor_IsNone(string? text)
    {
        var results = await library.Search.SearchAsync(text);

        Assert.Same(SearchResults.None, results);
        Assert.True(results.IsEmpty);
    }

    [Fact]
    public async Task SearchAsync_NoMatch_IsEmptyButKeepsTheQuery()
    {
        var results = await library.Search.SearchAsync("zzzqqq");

        Assert.True(results.IsEmpty);
        Assert.Equal("zzzqqq", results.Query);
    }

    [Theory]
    [InlineData("\"a\" OR -b*")]
    [InlineData("NEAR(nor light)")]
    [InlineData("title:nor")]
    [InlineData("nor\" OR \"x")]
    [InlineData("(((")]
    [InlineData("^nor + -")]
    [InlineData("nor AND NOT light")]
    [InlineData("%_nor\\")]
    public async Task SearchAsync_HostileInput_ReturnsNormally(string text)
    {
        var results = await library.Search.SearchAsync(text);

        Assert.NotNull(results);
    }

    [Fact]
    public async Task SearchAsync_FtsWordsInInput_AreMatchedAsText()
    {
        var results = await library.Search.SearchAsync("northern OR");

        Assert.True(results.IsEmpty, string.Join(", ", results.Groups.SelectMany(g => g.Items).Select(i => i.Title)));
    }

    [Fact]
    public async Task Index_AfterAScan_MatchesTheCatalogue()
    {
        await using var db = await library.Harness.DbAsync();
        await SearchIndexCheck.AssertMatchesCatalogueAsync(db);
    }
}
