using MediaSuite.Domain.Artwork;

namespace MediaSuite.Tests.Domain.Artwork;

public sealed class CoverFormatsTests
{
    [Theory]
    // What browsers send for <img>: Chrome/Edge, Firefox, Safari 16+.
    [InlineData("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", CoverFormat.WebP)]
    [InlineData("image/avif,image/webp,*/*", CoverFormat.WebP)]
    [InlineData("image/webp,image/avif,image/jxl,image/heic,image/heic-sequence,video/*;q=0.8,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5", CoverFormat.WebP)]
    [InlineData("IMAGE/WEBP;q=0.5", CoverFormat.WebP)]
    // Older browsers and tools that take anything: JPEG is what they surely decode.
    [InlineData("image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5", CoverFormat.Jpeg)]
    [InlineData("*/*", CoverFormat.Jpeg)]
    [InlineData("image/*", CoverFormat.Jpeg)]
    [InlineData("", CoverFormat.Jpeg)]
    [InlineData(null, CoverFormat.Jpeg)]
    // q=0 means "not acceptable".
    [InlineData("image/webp;q=0,image/jpeg", CoverFormat.Jpeg)]
    [InlineData("image/webp; q=0.0", CoverFormat.Jpeg)]
    [InlineData("image/webpx", CoverFormat.Jpeg)]
    public void Negotiate_PicksWebPOnlyWhenNamed(string? accept, CoverFormat expected) =>
        Assert.Equal(expected, CoverFormats.Negotiate(accept));

    [Fact]
    public void ExtensionAndContentType_Match()
    {
        Assert.Equal(("jpg", "image/jpeg"), (CoverFormat.Jpeg.Extension(), CoverFormat.Jpeg.ContentType()));
        Assert.Equal(("webp", "image/webp"), (CoverFormat.WebP.Extension(), CoverFormat.WebP.ContentType()));
    }
}
