using MediaSuite.Domain.Artwork;

namespace MediaSuite.Tests.Domain.Artwork;

public sealed class CoverRequestTests
{
    private const int Max = CoverSizes.DefaultMaxDimension;

    private static CoverRequest Parse(string? w, string? h, string? mode = null)
    {
        var request = CoverRequest.TryParse(w, h, mode, Max, out var problem);
        Assert.True(request is not null, problem);
        Assert.Null(problem);
        return request;
    }

    private static string Problem(string? w, string? h, string? mode = null)
    {
        Assert.Null(CoverRequest.TryParse(w, h, mode, Max, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
        Assert.EndsWith(".", problem);
        return problem;
    }

    [Fact]
    public void TryParse_NothingGiven_IsTheOriginalSize() =>
        Assert.Equal(CoverRequest.Original, Parse(null, null));

    [Theory]
    [InlineData("300", null, 300, null, CoverMode.Fit)]
    [InlineData(null, "150", null, 150, CoverMode.Fit)]
    [InlineData("200", "100", 200, 100, CoverMode.Fit)]
    [InlineData("200", "100", 200, 100, CoverMode.Fit, "fit")]
    [InlineData("200", "100", 200, 100, CoverMode.Crop, "crop")]
    [InlineData("200", "100", 200, 100, CoverMode.Crop, " CROP ")]
    [InlineData("1", "2048", 1, 2048, CoverMode.Fit)]
    [InlineData(" 64 ", null, 64, null, CoverMode.Fit)]
    [InlineData("+64", null, 64, null, CoverMode.Fit, "")]
    public void TryParse_GoodValues_AreRead(string? w, string? h, int? width, int? height, CoverMode mode, string? modeText = null) =>
        Assert.Equal(new CoverRequest(width, height, mode), Parse(w, h, modeText));

    [Theory]
    [InlineData("0", null, "w must be at least 1 pixel")]
    [InlineData(null, "-5", "h must be at least 1 pixel")]
    [InlineData("2049", null, "w may be at most 2048 pixels")]
    [InlineData(null, "99999999999999999999999", "h may be at most 2048 pixels")]
    [InlineData("abc", null, "w must be a whole number of pixels, not 'abc'")]
    [InlineData("12.5", null, "w must be a whole number of pixels")]
    [InlineData("", null, "w must be a whole number of pixels")]
    [InlineData("1e3", null, "w must be a whole number of pixels")]
    [InlineData("300", "0x20", "h must be a whole number of pixels")]
    public void TryParse_BadDimension_SaysWhichAndWhy(string? w, string? h, string expected) =>
        Assert.StartsWith(expected, Problem(w, h));

    [Fact]
    public void TryParse_UnknownMode_NamesTheChoices() =>
        Assert.Equal("mode must be 'fit' or 'crop', not 'stretch'.", Problem("100", "100", "stretch"));

    [Theory]
    [InlineData("100", null)]
    [InlineData(null, "100")]
    [InlineData(null, null)]
    public void TryParse_CropWithoutBothSides_IsRefused(string? w, string? h) =>
        Assert.StartsWith("mode=crop needs both w and h", Problem(w, h, "crop"));

    [Fact]
    public void TryParse_LongJunk_IsShortenedInTheMessage() =>
        Assert.Contains("'aaaaaaaaaaaaaaaaaaaa…'", Problem(new string('a', 500), null));

    [Fact]
    public void TryParse_UsesTheGivenMaximum()
    {
        Assert.Null(CoverRequest.TryParse("600", null, null, 512, out var problem));
        Assert.Equal("w may be at most 512 pixels.", problem);
    }

    [Theory]
    [InlineData(300, null, CoverMode.Fit, 300, Max, false, false)] // width decides, height only caps a very tall image
    [InlineData(null, 150, CoverMode.Fit, Max, 150, false, false)]
    [InlineData(200, 100, CoverMode.Fit, 200, 100, false, false)]
    [InlineData(200, 100, CoverMode.Crop, 200, 100, true, false)]
    [InlineData(null, null, CoverMode.Fit, Max, Max, false, true)] // the original, never enlarged to the cap
    public void BoxWithin_ForEachShapeOfRequest(int? w, int? h, CoverMode mode, int boxWidth, int boxHeight, bool crop, bool downOnly) =>
        Assert.Equal(new CoverBox(boxWidth, boxHeight, crop, downOnly), new CoverRequest(w, h, mode).BoxWithin(Max));

    [Fact]
    public void VariantName_DiffersBySizeModeAndFormat()
    {
        string[] names =
        [
            new CoverRequest(300, null, CoverMode.Fit).VariantName("abc123", CoverFormat.Jpeg),
            new CoverRequest(300, null, CoverMode.Fit).VariantName("abc123", CoverFormat.WebP),
            new CoverRequest(null, 300, CoverMode.Fit).VariantName("abc123", CoverFormat.Jpeg),
            new CoverRequest(300, 300, CoverMode.Fit).VariantName("abc123", CoverFormat.Jpeg),
            new CoverRequest(300, 300, CoverMode.Crop).VariantName("abc123", CoverFormat.Jpeg),
            CoverRequest.Original.VariantName("abc123", CoverFormat.Jpeg),
            new CoverRequest(300, null, CoverMode.Fit).VariantName("def456", CoverFormat.Jpeg),
        ];
        Assert.Equal("abc123-300x0-fit.jpg", names[0]);
        Assert.Equal("abc123-300x300-crop.jpg", names[4]);
        Assert.Equal("abc123-0x0-fit.jpg", names[5]);
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Theory]
    [InlineData(120, null, 120, 120)]
    [InlineData(null, 80, 80, 80)]
    [InlineData(200, 100, 200, 100)]
    [InlineData(null, null, CoverSizes.Card, CoverSizes.Card)]
    public void PlaceholderSize_IsSquareUnlessBothSidesGiven(int? w, int? h, int width, int height) =>
        Assert.Equal((width, height), new CoverRequest(w, h, CoverMode.Fit).PlaceholderSize());

    [Fact]
    public void VersionedUrl_CarriesVersionAndOnlyTheGivenSize()
    {
        Assert.Equal("/api/covers/album/12?v=abc123&w=300", CoverUrls.Versioned(CoverKind.Album, 12, "abc123"));
        Assert.Equal("/api/covers/track/7?v=abc123&h=64", CoverUrls.Versioned(CoverKind.Track, 7, "abc123", width: null, height: 64));
        Assert.Equal("/api/covers/artist/3?v=abc123&w=100&h=100&mode=crop", CoverUrls.Versioned(CoverKind.Artist, 3, "abc123", 100, 100, CoverMode.Crop));
    }

    [Theory]
    [InlineData("album", CoverKind.Album)]
    [InlineData("Track", CoverKind.Track)]
    [InlineData("ARTIST", CoverKind.Artist)]
    public void CoverKinds_ParseTheirUrlNames(string text, CoverKind expected)
    {
        Assert.True(CoverKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("albums")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void CoverKinds_RefuseOtherNames(string? text) => Assert.False(CoverKinds.TryParse(text, out _));
}
