using MediaSuite.Domain.Artwork;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Artwork;

/// <summary>The real vips on images made by ffmpeg.</summary>
public sealed class VipsCoverResizerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "vips-" + Guid.NewGuid().ToString("N"));
    private string Photo => Path.Combine(_folder, "photo.jpg");
    private string Transparent => Path.Combine(_folder, "transparent.png");

    public async Task InitializeAsync()
    {
        await AudioFixtures.MakeJpegAsync(Photo, 64, 48, pattern: true);
        await AudioFixtures.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=red@0.0:s=40x40,format=rgba", "-frames:v", "1", Transparent]);
    }

    private static VipsCoverResizer Resizer(Action<CoverArtOptions>? configure = null)
    {
        var options = new CoverArtOptions();
        configure?.Invoke(options);
        return new VipsCoverResizer(Options.Create(options));
    }

    private async Task<string> ResizeAsync(string source, CoverBox box, CoverFormat format, VipsCoverResizer? resizer = null)
    {
        var output = Path.Combine(_folder, Guid.NewGuid().ToString("N") + "." + format.Extension());
        await using var input = File.OpenRead(source);
        await (resizer ?? Resizer()).ResizeAsync(input, output, box, format, CancellationToken.None);
        return output;
    }

    [Fact]
    public async Task Resize_OriginalBox_NeverEnlarges()
    {
        var output = await ResizeAsync(Photo, new CoverBox(2048, 2048, Crop: false, DownOnly: true), CoverFormat.Jpeg);
        Assert.Equal((64, 48), await ImageHeader.SizeAsync(output));
    }

    [Fact]
    public async Task Resize_AskedSize_EnlargesASmallImage()
    {
        var output = await ResizeAsync(Photo, new CoverBox(128, 2048, Crop: false, DownOnly: false), CoverFormat.WebP);
        Assert.Equal((128, 96), await ImageHeader.SizeAsync(output));
        Assert.True(ImageHeader.IsWebP(await File.ReadAllBytesAsync(output)));
    }

    [Fact]
    public async Task Resize_TransparentPngToJpeg_IsFlattenedOnWhite()
    {
        var output = await ResizeAsync(Transparent, new CoverBox(20, 20, Crop: false, DownOnly: false), CoverFormat.Jpeg);
        // vips prints the pixel's bands; a fully transparent image on white reads as white, not vips' default black.
        var start = new System.Diagnostics.ProcessStartInfo("vips") { RedirectStandardOutput = true };
        foreach (var a in (string[])["getpoint", output, "10", "10"]) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var bands = (await process.StandardOutput.ReadToEndAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(b => double.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await process.WaitForExitAsync();
        Assert.All(bands, b => Assert.True(b > 240, $"pixel is {string.Join(',', bands)}"));
    }

    [Fact]
    public async Task Resize_NotAnImage_ThrowsWithVipsReason()
    {
        var junk = Path.Combine(_folder, "junk.jpg");
        await File.WriteAllTextAsync(junk, "this is not a picture");
        var failure = await Assert.ThrowsAsync<CoverUnavailableException>(() => ResizeAsync(junk, new CoverBox(10, 10, false, false), CoverFormat.Jpeg));
        Assert.Contains("not in a known format", failure.Message);
    }

    [Fact]
    public async Task Resize_MissingVips_NamesTheSetting()
    {
        var resizer = Resizer(o => o.VipsPath = "/nonexistent/vips");
        var failure = await Assert.ThrowsAsync<CoverUnavailableException>(() => ResizeAsync(Photo, new CoverBox(10, 10, false, false), CoverFormat.Jpeg, resizer));
        Assert.Contains("'/nonexistent/vips'", failure.Message);
    }

    [Fact]
    public async Task Resize_InputThatNeverEnds_IsStoppedAtTheTimeout()
    {
        var resizer = Resizer(o => o.Timeout = TimeSpan.FromMilliseconds(300));
        var output = Path.Combine(_folder, "never.jpg");
        var failure = await Assert.ThrowsAsync<CoverUnavailableException>(() =>
            resizer.ResizeAsync(new EndlessStream(), output, new CoverBox(10, 10, false, false), CoverFormat.Jpeg, CancellationToken.None));
        Assert.Contains("did not finish within 0.3 s", failure.Message);
    }

    [Fact]
    public void StartInfo_PassesEachValueAsOneArgument()
    {
        var start = VipsCoverResizer.StartInfo(new CoverArtOptions { Quality = 70 }, "/data/cache/covers/x.tmp.webp", new CoverBox(200, 100, Crop: true, DownOnly: false), CoverFormat.WebP);
        Assert.Equal(["thumbnail_source", "[descriptor=0]", "/data/cache/covers/x.tmp.webp[Q=70,strip]", "200", "--height", "100", "--size", "both", "--crop", "centre"], start.ArgumentList);
        Assert.False(start.UseShellExecute);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        return Task.CompletedTask;
    }

    /// <summary>A stream whose next read waits until it is cancelled, like a source that hangs.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
