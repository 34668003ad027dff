using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Media;

public sealed class VideoProbeTests(VideoFiles files) : IClassFixture<VideoFiles>
{
    private readonly VideoProbe _probe = new(new FfprobeRunner(Options.Create(new FfprobeOptions())));

    [Fact]
    public async Task ProbeAsync_Mp4WithTags_ReadsEveryField()
    {
        var video = await _probe.ProbeAsync(files.Mp4);

        Assert.InRange(video.DurationMs!.Value, 1990, 2010);
        Assert.Equal((320, 240, 0), (video.Width, video.Height, video.Rotation));
        Assert.Equal(("h264", "aac"), (video.VideoCodec, video.AudioCodec));
        Assert.Equal(29.97, video.FrameRate);
        Assert.InRange(video.Bitrate!.Value, 10, 5000);
        Assert.Equal("mov", video.Container);
        Assert.Equal("Holiday clip", video.Title);
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, TimeSpan.Zero), video.CreatedAt);
        Assert.Equal((48.8583, 2.2945, 35.0), (video.Latitude, video.Longitude, video.Altitude));
    }

    [Fact]
    public async Task ProbeAsync_WebM_ReadsVp9AndOpus()
    {
        var video = await _probe.ProbeAsync(files.WebM);

        Assert.Equal(("vp9", "opus", "matroska"), (video.VideoCodec, video.AudioCodec, video.Container));
        Assert.Equal((320, 240), (video.Width, video.Height));
        Assert.Equal(29.97, video.FrameRate);
        Assert.Equal("Web", video.Title);
        Assert.InRange(video.DurationMs!.Value, 1990, 2100);
        Assert.Null(video.CreatedAt);
        Assert.Null(video.Latitude);
    }

    [Fact]
    public async Task ProbeAsync_Mkv_ReadsCreationTimeAndFilmRate()
    {
        var video = await _probe.ProbeAsync(files.Mkv);

        Assert.Equal(("h264", "vorbis", "matroska"), (video.VideoCodec, video.AudioCodec, video.Container));
        Assert.Equal(23.976, video.FrameRate);
        Assert.Equal(new DateTimeOffset(2021, 1, 2, 3, 4, 5, TimeSpan.Zero), video.CreatedAt);
        Assert.Null(video.Title);
    }

    [Fact]
    public async Task ProbeAsync_NoVideoStream_Throws()
    {
        var error = await Assert.ThrowsAsync<MediaProbeException>(() => _probe.ProbeAsync(files.AudioOnly));

        Assert.Contains("no video stream", error.Message);
    }

    [Theory]
    [InlineData(nameof(VideoFiles.Marked), 0, "top-left")]
    [InlineData(nameof(VideoFiles.Rotated90), 90, "top-right")]
    [InlineData(nameof(VideoFiles.Rotated270), 270, "bottom-left")]
    public async Task ProbeAsync_DisplayMatrix_GivesTheClockwiseTurnFfmpegApplies(string file, int rotation, string cornerAfterTurn)
    {
        var path = (string)typeof(VideoFiles).GetProperty(file)!.GetValue(files)!;

        var video = await _probe.ProbeAsync(path);

        Assert.Equal(rotation, video.Rotation);
        Assert.Equal((320, 240), (video.Width, video.Height));
        // ffmpeg itself, decoding with its default autorotation, puts the red top-left corner where a clockwise turn by Rotation would.
        Assert.Equal(cornerAfterTurn, RedCornerAsFfmpegShowsIt(path));
    }

    private string RedCornerAsFfmpegShowsIt(string video)
    {
        var frame = Path.Combine(files.Folder, $"frame-{Guid.NewGuid():N}.pgm");
        MediaTools.Ffmpeg("-i", video, "-frames:v", "1", "-pix_fmt", "gray", frame);
        // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
        var bytes = File.ReadAllBytes(frame);
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 20).Split((char[])['\n', ' '], 5);
        var (width, height) = (int.Parse(header[1]), int.Parse(header[2]));
        var pixels = bytes[^(width * height)..];
        (string Name, int X, int Y)[] corners = [("top-left", 5, 5), ("top-right", width - 5, 5), ("bottom-left", 5, height - 5), ("bottom-right", width - 5, height - 5)];
        var lit = corners.Where(c => pixels[c.Y * width + c.X] > 40).Select(c => c.Name).ToList();
        return Assert.Single(lit);
    }
}
