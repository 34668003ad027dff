using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;

namespace MediaSuite.Tests.Infrastructure.Media;

/// <summary>What VideoProbe makes of ffprobe output no local ffmpeg writes: old rotate tags, Apple keys, cover art.</summary>
public sealed class VideoMetadataMappingTests
{
    private sealed class FakeFfprobe(string json) : IFfprobe
    {
        public Task<FfprobeOutput> ProbeAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(FfprobeOutput.Parse(json));
    }

    private static Task<MediaSuite.Domain.Library.VideoMetadata> Map(string json) => new VideoProbe(new FakeFfprobe(json)).ProbeAsync("x.mov");

    [Theory]
    [InlineData(-90, 90)]
    [InlineData(90, 270)]
    [InlineData(180, 180)]
    [InlineData(-180, 180)]
    [InlineData(0, 0)]
    [InlineData(-89.99, 90)]
    public async Task ProbeAsync_DisplayMatrixRotation_IsClockwise(double ffprobeRotation, int expected)
    {
        var video = await Map($$"""{ "streams": [ { "codec_type": "video", "side_data_list": [ { "side_data_type": "Display Matrix", "rotation": {{ffprobeRotation.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } ] } ] }""");

        Assert.Equal(expected, video.Rotation);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("270", 270)]
    [InlineData("-90", 270)]
    [InlineData("180", 180)]
    public async Task ProbeAsync_LegacyRotateTag_IsAlreadyClockwise(string tag, int expected)
    {
        var video = await Map($$"""{ "streams": [ { "codec_type": "video", "tags": { "rotate": "{{tag}}" } } ] }""");

        Assert.Equal(expected, video.Rotation);
    }

    [Fact]
    public async Task ProbeAsync_NoRotationAnywhere_IsZero()
    {
        var video = await Map("""{ "streams": [ { "codec_type": "video", "width": 10, "height": 20 } ] }""");

        Assert.Equal(0, video.Rotation);
    }

    [Fact]
    public async Task ProbeAsync_AppleKeysAndStreamCreationTime_AreFallbacks()
    {
        var video = await Map("""
            { "streams": [ { "codec_type": "video", "codec_name": "hevc", "avg_frame_rate": "0/0", "r_frame_rate": "60/1",
                             "tags": { "creation_time": "2022-12-24T20:00:00.000000Z" } } ],
              "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "bit_rate": "15872000",
                          "tags": { "com.apple.quicktime.location.ISO6709": "-33.8688+151.2093+012.500/" } } }
            """);

        Assert.Equal(new DateTimeOffset(2022, 12, 24, 20, 0, 0, TimeSpan.Zero), video.CreatedAt);
        Assert.Equal((-33.8688, 151.2093, 12.5), (video.Latitude, video.Longitude, video.Altitude));
        Assert.Equal(60, video.FrameRate);
        Assert.Equal(15872, video.Bitrate);
        Assert.Null(video.AudioCodec);
    }

    [Fact]
    public async Task ProbeAsync_CoverArtFirst_UsesTheRealVideoStream()
    {
        var video = await Map("""
            { "streams": [ { "codec_type": "video", "codec_name": "mjpeg", "width": 600, "height": 600, "disposition": { "attached_pic": 1 } },
                           { "codec_type": "video", "codec_name": "h264", "width": 1920, "height": 1080, "disposition": { "attached_pic": 0 } } ] }
            """);

        Assert.Equal(("h264", 1920, 1080), (video.VideoCodec, video.Width, video.Height));
    }

    [Fact]
    public async Task ProbeAsync_OnlyCoverArt_ThrowsNoVideoStream() =>
        await Assert.ThrowsAsync<MediaProbeException>(() => Map("""{ "streams": [ { "codec_type": "video", "disposition": { "attached_pic": 1 } } ] }"""));
}
