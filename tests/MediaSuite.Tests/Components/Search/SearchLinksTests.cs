using MediaSuite.Components.Search;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Tests.Components.Search;

public class SearchLinksTests
{
    [Fact]
    public void Results_EscapesTheQuery() => Assert.Equal("/search?q=%22a%22%20OR%20-b%2A%20%26x%3D1", SearchLinks.Results("\"a\" OR -b* &x=1"));

    [Fact]
    public void PageOf_ArtistsAndAlbumsHavePages_TracksPlay()
    {
        Assert.Equal("/music/artists/4", SearchLinks.PageOf(new SearchHit(SearchKind.Artist, 4, "A")));
        Assert.Equal("/music/albums/9", SearchLinks.PageOf(new SearchHit(SearchKind.Album, 9, "B")));
        Assert.Null(SearchLinks.PageOf(new SearchHit(SearchKind.Track, 12, "C")));
    }

    [Fact]
    public void Context_IsASearchNamedAfterTheQuery_WithTheTracksInTheirOrder()
    {
        var tracks = new SearchGroup(SearchKind.Track, "Tracks", [new(SearchKind.Track, 30, "x"), new(SearchKind.Track, 12, "y"), new(SearchKind.Track, 21, "z")], true);

        var context = SearchLinks.Context("polar", tracks);

        Assert.Equal((ContextKind.Search, "polar", "polar"), (context.Kind, context.Id, context.Name));
        Assert.Equal([30L, 12L, 21L], context.TrackIds.ToArray());
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(0L, "0:00")]
    [InlineData(2_400L, "0:02")]
    [InlineData(187_000L, "3:07")]
    [InlineData(3_723_000L, "1:02:03")]
    public void Duration_MinutesAndSeconds_HoursWhenLong(long? ms, string expected) => Assert.Equal(expected, SearchLinks.Duration(ms));
}
