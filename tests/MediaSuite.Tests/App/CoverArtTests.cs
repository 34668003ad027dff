using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.Domain.Artwork;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Tests.Infrastructure.Artwork;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.App;

/// <summary>GET /api/covers/{kind}/{id} on real albums: sizes, formats, caching headers, the disk cache and placeholders.</summary>
public sealed class CoverArtTests(CoverArtFixture library) : IClassFixture<CoverArtFixture>
{
    private const string Jpeg = "image/jpeg";
    private const string Chrome = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

    private CoverArtService Covers => library.Harness.Factory.Services.GetRequiredService<CoverArtService>();

    private Task<HttpResponseMessage> GetAsync(string url, string accept = Jpeg, string? ifNoneMatch = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return (client ?? library.Browser).SendAsync(request);
    }

    private async Task<(int Width, int Height)> SizeOfAsync(string url, string accept = Jpeg)
    {
        using var response = await GetAsync(url, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ImageHeader.SizeAsync(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<string> VersionOfAsync(CoverKind kind, long id)
    {
        var url = await Covers.UrlAsync(kind, id);
        Assert.NotNull(url);
        return System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + url).Query)["v"]!;
    }

    [Fact]
    public async Task AlbumUrlsAsync_GivesWhatUrlAsyncGivesOneByOne_AndLeavesOutUnknownIds()
    {
        long[] ids = [library.WithFile.Id, library.Embedded.Id, library.Bare.Id, library.Broken.Id, 999_999];

        var together = await Covers.AlbumUrlsAsync(ids, CoverSizes.Card);

        Assert.Equal(ids[..4].Order(), together.Keys.Order());
        foreach (var id in ids[..4]) Assert.Equal(await Covers.UrlAsync(CoverKind.Album, id, CoverSizes.Card), together[id]);
    }

    [Fact]
    public async Task Cover_WidthOnly_KeepsTheAspectRatio() =>
        Assert.Equal((300, 225), await SizeOfAsync($"/api/covers/album/{library.WithFile.Id}?w=300"));

    [Fact]
    public async Task Cover_HeightOnly_KeepsTheAspectRatio() =>
        Assert.Equal((200, 150), await SizeOfAsync($"/api/covers/album/{library.WithFile.Id}?h=150"));

    [Fact]
    public async Task Cover_BothSides_FitsInside() =>
        Assert.Equal((240, 180), await SizeOfAsync($"/api/covers/album/{library.WithFile.Id}?w=240&h=240"));

    [Fact]
    public async Task Cover_Crop_IsExactlyTheSizeAsked() =>
        Assert.Equal((240, 240), await SizeOfAsync($"/api/covers/album/{library.WithFile.Id}?w=240&h=240&mode=crop"));

    [Fact]
    public async Task Cover_NoSize_IsTheOriginal() =>
        Assert.Equal((800, 600), await SizeOfAsync($"/api/covers/album/{library.WithFile.Id}"));

    [Fact]
    public async Task Cover_FormatFollowsAccept()
    {
        using var webp = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w=120", Chrome);
        using var jpeg = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w=120", "image/png,image/*;q=0.8,*/*;q=0.5");

        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        Assert.True(ImageHeader.IsWebP(await webp.Content.ReadAsByteArrayAsync()));
        Assert.Equal(Jpeg, jpeg.Content.Headers.ContentType?.MediaType);
        Assert.True(ImageHeader.IsJpeg(await jpeg.Content.ReadAsByteArrayAsync()));
        Assert.All([webp, jpeg], r => Assert.Contains("Accept", r.Headers.Vary));
        Assert.NotEqual(webp.Headers.ETag, jpeg.Headers.ETag);
    }

    [Fact]
    public async Task Cover_EmbeddedOnly_IsReadFromTheTrack()
    {
        Assert.Equal((320, 240), await SizeOfAsync($"/api/covers/album/{library.Embedded.Id}?w=320"));
        Assert.Equal((320, 240), await SizeOfAsync($"/api/covers/track/{library.TrackTitled("Inside").Id}?w=320", Chrome));
    }

    [Fact]
    public async Task Cover_TrackWithoutPicture_IsItsAlbumsCover()
    {
        using var album = await GetAsync($"/api/covers/album/{library.Embedded.Id}?w=96");
        using var track = await GetAsync($"/api/covers/track/{library.TrackTitled("Outside").Id}?w=96");
        using var fileAlbumTrack = await GetAsync($"/api/covers/track/{library.TrackTitled("Flash").Id}?w=96");
        using var fileAlbum = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w=96");

        Assert.Equal(album.Headers.ETag, track.Headers.ETag);
        Assert.Equal(await album.Content.ReadAsByteArrayAsync(), await track.Content.ReadAsByteArrayAsync());
        Assert.Equal(fileAlbum.Headers.ETag, fileAlbumTrack.Headers.ETag);
        Assert.NotEqual(album.Headers.ETag, fileAlbum.Headers.ETag);
    }

    [Fact]
    public async Task Cover_Artist_IsTheirAlbumsCover()
    {
        using var artist = await GetAsync($"/api/covers/artist/{library.WithFile.AlbumArtistId}?w=96");
        using var album = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w=96");
        Assert.Equal(HttpStatusCode.OK, artist.StatusCode);
        Assert.Equal(album.Headers.ETag, artist.Headers.ETag);
    }

    [Fact]
    public async Task Cover_NoArt_IsAPlaceholderWithTheInitials()
    {
        using var response = await GetAsync($"/api/covers/album/{library.Bare.Id}?w=180", Chrome);
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CoverPlaceholder.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("width=\"180\" height=\"180\"", svg);
        Assert.Contains(">SN</text>", svg);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());

        using var artist = await GetAsync($"/api/covers/artist/{library.Bare.AlbumArtistId}");
        Assert.Contains(">NK</text>", await artist.Content.ReadAsStringAsync());
        Assert.Contains("width=\"300\" height=\"300\"", await artist.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cover_NoArt_PlaceholderIsVersionedAndRevalidates()
    {
        var url = await Covers.UrlAsync(CoverKind.Album, library.Bare.Id);
        using var first = await GetAsync(url!);
        using var again = await GetAsync(url!, ifNoneMatch: first.Headers.ETag!.ToString());

        Assert.Equal("max-age=31536000, private, immutable", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Cover_SourceThatIsNotAnImage_ShowsAPlaceholderThatIsNotCachedForLong()
    {
        var url = await Covers.UrlAsync(CoverKind.Album, library.Broken.Id);
        using var response = await GetAsync(url!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CoverPlaceholder.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(">BF</text>", await response.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
        Assert.Empty(Directory.GetFiles(library.CacheFolder, await VersionOfAsync(CoverKind.Album, library.Broken.Id) + "*"));
    }

    [Fact]
    public async Task Cover_VersionedUrl_IsImmutable_OthersAreShortLived()
    {
        var url = await Covers.UrlAsync(CoverKind.Album, library.WithFile.Id);
        var version = await VersionOfAsync(CoverKind.Album, library.WithFile.Id);
        Assert.Equal($"/api/covers/album/{library.WithFile.Id}?v={version}&w={CoverSizes.Card}", url);

        using var versioned = await GetAsync(url!);
        using var plain = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w={CoverSizes.Card}");
        using var outdated = await GetAsync($"/api/covers/album/{library.WithFile.Id}?v=000000000000&w={CoverSizes.Card}");

        Assert.Equal("max-age=31536000, private, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.All([plain, outdated], r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("max-age=300, private", r.Headers.CacheControl?.ToString());
            Assert.Equal(versioned.Headers.ETag, r.Headers.ETag); // the same image, only cached for less time
        });
    }

    [Fact]
    public async Task Cover_MatchingETag_Gets304WithoutABody()
    {
        var url = $"/api/covers/album/{library.WithFile.Id}?w=150";
        using var first = await GetAsync(url);
        var etag = first.Headers.ETag!.ToString();

        using var same = await GetAsync(url, ifNoneMatch: etag);
        using var weak = await GetAsync(url, ifNoneMatch: "\"other\", W/" + etag);
        using var otherFormat = await GetAsync(url, Chrome, ifNoneMatch: etag);

        Assert.All([same, weak], r =>
        {
            Assert.Equal(HttpStatusCode.NotModified, r.StatusCode);
            Assert.Equal(etag, r.Headers.ETag?.ToString());
            Assert.Contains("Accept", r.Headers.Vary);
        });
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, otherFormat.StatusCode);
    }

    [Fact]
    public async Task Cover_SecondRequest_IsServedFromTheDiskCache()
    {
        var url = $"/api/covers/album/{library.WithFile.Id}?w=211";
        var cached = Path.Combine(library.CacheFolder, $"{await VersionOfAsync(CoverKind.Album, library.WithFile.Id)}-211x0-fit.jpg");
        Assert.False(File.Exists(cached));

        using var first = await GetAsync(url);
        Assert.True(File.Exists(cached));
        // A mark no resize could leave: had vips run again, the rename would put a new file with a new time in its place.
        var marked = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cached, marked);
        using var second = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(marked, File.GetLastWriteTimeUtc(cached));
        Assert.Equal(await File.ReadAllBytesAsync(cached), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Cover_ConcurrentRequestsForANewVariant_AllGetTheWholeImage()
    {
        var url = $"/api/covers/track/{library.TrackTitled("Inside").Id}?w=173&h=173&mode=crop";
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => GetAsync(url)));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal((173, 173), await ImageHeader.SizeAsync(bodies[0]));
        Assert.Single(Directory.GetFiles(library.CacheFolder, "*-173x173-crop.jpg"));
        Assert.Empty(Directory.GetFiles(library.CacheFolder, "*.tmp-*"));
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task Cover_ChangedImageFile_GetsANewVersion()
    {
        var before = await VersionOfAsync(CoverKind.Album, library.Changing.Id);
        Assert.Equal((100, 50), await SizeOfAsync($"/api/covers/album/{library.Changing.Id}?v={before}&w=100"));

        var cover = library.Harness.PathOf("Shifter/Changes/cover.jpg");
        await MediaSuite.Tests.Support.AudioFixtures.MakeJpegAsync(cover, 300, 300);
        File.SetLastWriteTimeUtc(cover, File.GetLastWriteTimeUtc(cover).AddMinutes(1));
        var after = await VersionOfAsync(CoverKind.Album, library.Changing.Id);

        Assert.NotEqual(before, after);
        Assert.Equal((100, 100), await SizeOfAsync($"/api/covers/album/{library.Changing.Id}?v={after}&w=100"));
        using var stale = await GetAsync($"/api/covers/album/{library.Changing.Id}?v={before}&w=100");
        Assert.Equal("max-age=300, private", stale.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("w=0", "w must be at least 1 pixel")]
    [InlineData("w=-20", "w must be at least 1 pixel")]
    [InlineData("h=0", "h must be at least 1 pixel")]
    [InlineData("w=5000", "w may be at most 2048 pixels")]
    [InlineData("h=99999999999999999999", "h may be at most 2048 pixels")]
    [InlineData("w=big", "w must be a whole number of pixels, not 'big'")]
    [InlineData("w=12.5", "w must be a whole number of pixels")]
    [InlineData("h=", "h must be a whole number of pixels")]
    [InlineData("w=100&mode=stretch", "mode must be 'fit' or 'crop'")]
    [InlineData("w=100&mode=crop", "mode=crop needs both w and h")]
    public async Task Cover_BadSize_Gets400WithASentence(string query, string expected)
    {
        using var response = await GetAsync($"/api/covers/album/{library.WithFile.Id}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("album/999999", "There is no album with id 999999.")]
    [InlineData("track/999999", "There is no track with id 999999.")]
    [InlineData("artist/999999", "There is no artist with id 999999.")]
    [InlineData("genre/1", "Covers exist for album, track and artist, not 'genre'.")]
    public async Task Cover_UnknownThing_Gets404WithASentence(string path, string expected)
    {
        using var response = await GetAsync($"/api/covers/{path}?w=100");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Cover_Anonymous_Gets401()
    {
        using var anonymous = library.Harness.Factory.CreateBrowserLikeClient();
        using var response = await GetAsync($"/api/covers/album/{library.WithFile.Id}?w=100", client: anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UrlAsync_UnknownAlbum_IsNull() =>
        Assert.Null(await Covers.UrlAsync(CoverKind.Album, 999999));
}
